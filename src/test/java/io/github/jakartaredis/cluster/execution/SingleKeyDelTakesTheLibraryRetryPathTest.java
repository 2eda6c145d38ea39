package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.ClusterRetriesExhaustedException;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.FaultProxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 8: single-key DEL, EXISTS, UNLINK and TOUCH take the library's retry path, so against a primary
 * that refuses connections they fail exactly like GET: {@link ClusterRetriesExhaustedException} after the same
 * number of attempts.
 */
class SingleKeyDelTakesTheLibraryRetryPathTest {

    private static final Logger LOG = Logger.getLogger(SingleKeyDelTakesTheLibraryRetryPathTest.class.getName());

    @RegisterExtension
    static final ProxiedCluster.PerClass CLUSTER = new ProxiedCluster.PerClass();

    @Test
    void delExistsUnlinkAndTouchOfAKeyOnARefusingPrimaryFailExactlyLikeGet() {
        try (SharedClusterClient client = TestClients.client(CLUSTER.get().seedUrl(), "retry.retries", "2",
                "cluster_error_retry_attempts", "0")) {
            RedisClusterConnection foo = TestClients.connection(client);
            String key = CLUSTER.get().keyOnProxiedPrimary;
            Map<String, Consumer<String>> commands = new LinkedHashMap<>();
            commands.put("GET", foo::get);
            commands.put("DEL", foo::del);
            commands.put("EXISTS", foo::exists);
            commands.put("UNLINK", foo::unlink);
            commands.put("TOUCH", foo::touch);
            Map<String, String> outcomes = new LinkedHashMap<>();
            Map<String, Long> connections = new LinkedHashMap<>();
            Map<String, Throwable> errors = new LinkedHashMap<>();
            try {
                for (Map.Entry<String, Consumer<String>> command : commands.entrySet()) {
                    CLUSTER.get().fail(FaultProxy.Mode.REFUSE);
                    long start = System.nanoTime();
                    Throwable error = catchThrowable(() -> command.getValue().accept(key));
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    long accepted = CLUSTER.get().proxy.acceptedConnections();
                    errors.put(command.getKey(), error);
                    connections.put(command.getKey(), accepted);
                    outcomes.put(command.getKey(), (error == null ? "no error" : error.getClass().getSimpleName()
                            + (error instanceof ClusterRetriesExhaustedException e ? " (" + e.attempts() + " attempts)"
                                    : " '" + error.getMessage() + "'")) + " after " + millis + " ms, " + accepted
                            + " connections");
                    CLUSTER.get().proxy.mode(FaultProxy.Mode.FORWARD);
                }
            } finally {
                CLUSTER.get().proxy.mode(FaultProxy.Mode.FORWARD);
            }
            LOG.info(() -> "Refusing primary: " + outcomes);
            Throwable get = errors.get("GET");
            assertThat(get).isInstanceOf(ClusterRetriesExhaustedException.class);
            int getAttempts = ((ClusterRetriesExhaustedException) get).attempts();
            assertThat(getAttempts).isEqualTo(3);
            for (String command : commands.keySet()) {
                assertThat(errors.get(command)).as(command + ": " + outcomes.get(command))
                        .isInstanceOf(ClusterRetriesExhaustedException.class);
                assertThat(((ClusterRetriesExhaustedException) errors.get(command)).attempts()).as(command + " attempts")
                        .isEqualTo(getAttempts);
                assertThat(connections.get(command)).as(command + " connections to the node")
                        .isEqualTo(connections.get("GET"));
            }
        }
    }
}
