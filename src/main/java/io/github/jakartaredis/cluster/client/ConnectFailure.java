package io.github.jakartaredis.cluster.client;

import io.github.jakartaredis.cluster.RedisAccessDeniedException;
import io.github.jakartaredis.cluster.settings.ClusterKey;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Explains why a client could not connect, from the exception Jedis threw: an ACL refusal becomes a
 * {@link RedisAccessDeniedException} naming the client and the user; a TLS failure a {@link JedisConnectionException}
 * saying which key to look at. Jedis hides the reason of a failed start among the suppressed exceptions of "Could
 * not initialize cluster slots cache."; it is looked for there too. Stateless and thread-safe.
 */
public final class ConnectFailure {

    private ConnectFailure() {
    }

    /**
     * @param settings the client's settings, not null
     * @param error what connecting threw, not null
     * @return a clearer exception with {@code error} as its cause, or {@code error} itself when there is nothing to
     *         add
     */
    public static RuntimeException explain(ClusterSettings settings, RuntimeException error) {
        if (error instanceof RedisAccessDeniedException) {
            return error;
        }
        List<Throwable> reasons = reasons(error);
        for (Throwable reason : reasons) {
            if (reason instanceof JedisAccessControlException) {
                RedisAccessDeniedException denied = new RedisAccessDeniedException(settings.client(),
                        settings.url().user(), (JedisAccessControlException) reason);
                if (reason != error) {
                    denied.addSuppressed(error);
                }
                return denied;
            }
        }
        for (Throwable reason : reasons) {
            Optional<Throwable> tls = causeOfType(reason, SSLException.class, CertificateException.class);
            if (tls.isPresent()) {
                return new JedisConnectionException("Redis cluster client '" + settings.client()
                        + "' could not open a TLS connection: " + tls.get().getMessage() + "; "
                        + tlsHint(settings, tls.get().getMessage()), error);
            }
        }
        if (error instanceof JedisClusterOperationException && reasons.size() > 1) {
            Throwable first = reasons.get(1);
            boolean maybeClientCertificate = settings.url().tls() && settings.tls().keyStore().isEmpty()
                    && first instanceof JedisConnectionException;
            return new JedisClusterOperationException("Redis cluster client '" + settings.client()
                    + "' could not read the cluster's slot map from any seed node " + settings.url().seeds() + ": "
                    + first.getClass().getSimpleName() + ": " + first.getMessage() + (maybeClientCertificate
                            ? "; if the nodes ask for a client certificate (tls-auth-clients yes), some TLS"
                                    + " libraries end the connection so: set "
                                    + ClusterKey.TLS_KEY_STORE.of(settings.client()) : ""), error);
        }
        return error;
    }

    private static String tlsHint(ClusterSettings settings, String message) {
        String text = message == null ? "" : message;
        String client = settings.client();
        if (text.contains("No subject alternative") || text.contains("No name matching")) {
            return "the node's certificate was not issued for the host connected to; connect by a name the"
                    + " certificate holds, or set " + ClusterKey.TLS_VERIFY_HOSTNAME.of(client) + " = false to check"
                    + " the certificate chain only";
        }
        if (text.contains("PKIX") || text.contains("certification path")) {
            return "the node's certificate is not trusted; set " + ClusterKey.TLS_TRUST_STORE.of(client)
                    + " to a store holding the CA that issued it";
        }
        if (text.contains("certificate_required") || text.contains("bad_certificate")) {
            return settings.tls().keyStore().isPresent()
                    ? "the node did not accept the client certificate of " + ClusterKey.TLS_KEY_STORE.of(client)
                    : "the node asks for a client certificate (tls-auth-clients yes); set "
                            + ClusterKey.TLS_KEY_STORE.of(client);
        }
        if (text.contains("Unsupported or unrecognized SSL message")) {
            return "the node does not speak TLS on that port; use redis:// or the node's TLS port";
        }
        return "check the tls.* keys of client '" + client + "'";
    }

    /** The error, its causes, then each suppressed exception and its causes. */
    private static List<Throwable> reasons(Throwable error) {
        List<Throwable> reasons = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            reasons.add(t);
        }
        for (Throwable suppressed : error.getSuppressed()) {
            for (Throwable t = suppressed; t != null && seen.add(t); t = t.getCause()) {
                reasons.add(t);
            }
        }
        return reasons;
    }

    @SafeVarargs
    private static Optional<Throwable> causeOfType(Throwable error, Class<? extends Throwable>... types) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable found = null;
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    found = t; // the deepest one says most
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
