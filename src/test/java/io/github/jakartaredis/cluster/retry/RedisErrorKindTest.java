package io.github.jakartaredis.cluster.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisAskDataException;
import redis.clients.jedis.exceptions.JedisBusyException;
import redis.clients.jedis.exceptions.JedisClusterException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisMovedDataException;
import redis.clients.jedis.util.RedisInputStream;

class RedisErrorKindTest {

    private static final String ACCEPTED =
            "accepted: connection_error, timeout, cluster_down, busy_loading, readonly, master_down, try_again, busy";

    /** The exception Jedis's protocol parser throws for an error reply, e.g. {@code CLUSTERDOWN ...}. */
    private static RuntimeException errorReply(String reply) {
        return readFrom(new ByteArrayInputStream(("-" + reply + "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** The exception Jedis's protocol parser throws when reading from the given stream. */
    private static RuntimeException readFrom(InputStream in) {
        try {
            Object reply = Protocol.read(new RedisInputStream(in));
            throw new AssertionError("expected an exception, got reply " + reply);
        } catch (JedisException e) {
            return e;
        }
    }

    @Test
    void connectionErrorIsJedisConnectionExceptionWithoutSocketTimeoutCause() {
        RuntimeException closed = readFrom(new ByteArrayInputStream(new byte[0]));
        assertThat(closed).isInstanceOf(JedisConnectionException.class);
        assertThat(RedisErrorKind.of(closed)).contains(RedisErrorKind.CONNECTION);
        assertThat(RedisErrorKind.of(new JedisConnectionException("refused", new IOException("Connection refused"))))
                .contains(RedisErrorKind.CONNECTION);
    }

    @Test
    void timeoutIsJedisConnectionExceptionCausedBySocketTimeout() {
        RuntimeException timedOut = readFrom(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new SocketTimeoutException("Read timed out");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new SocketTimeoutException("Read timed out");
            }
        });
        assertThat(timedOut).isInstanceOf(JedisConnectionException.class)
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(RedisErrorKind.of(timedOut)).contains(RedisErrorKind.TIMEOUT);
    }

    @Test
    void timeoutIsFoundDeeperInTheCauseChain() {
        JedisConnectionException wrapped = new JedisConnectionException("failed",
                new IOException("outer", new SocketTimeoutException("connect timed out")));
        assertThat(RedisErrorKind.of(wrapped)).contains(RedisErrorKind.TIMEOUT);
    }

    @Test
    void causeCycleDoesNotLoop() {
        IOException first = new IOException("first");
        IOException second = new IOException("second", first);
        first.initCause(second);
        assertThat(RedisErrorKind.of(new JedisConnectionException(first))).contains(RedisErrorKind.CONNECTION);
    }

    @Test
    void clusterDownIsClusterdownReplyThrownAsJedisClusterException() {
        RuntimeException error = errorReply("CLUSTERDOWN The cluster is down");
        assertThat(error).isInstanceOf(JedisClusterException.class);
        assertThat(RedisErrorKind.of(error)).contains(RedisErrorKind.CLUSTER_DOWN);
        assertThat(RedisErrorKind.of(errorReply("CLUSTERDOWN Hash slot not served")))
                .contains(RedisErrorKind.CLUSTER_DOWN);
    }

    @Test
    void busyLoadingIsLoadingReply() {
        RuntimeException error = errorReply("LOADING Redis is loading the dataset in memory");
        assertThat(error).isExactlyInstanceOf(JedisDataException.class);
        assertThat(RedisErrorKind.of(error)).contains(RedisErrorKind.BUSY_LOADING);
    }

    @Test
    void readonlyIsReadonlyReply() {
        assertThat(RedisErrorKind.of(errorReply("READONLY You can't write against a read only replica.")))
                .contains(RedisErrorKind.READONLY);
    }

    @Test
    void masterDownIsMasterdownReply() {
        assertThat(RedisErrorKind.of(errorReply("MASTERDOWN Link with MASTER is down and replica-serve-stale-data "
                + "is set to 'no'."))).contains(RedisErrorKind.MASTER_DOWN);
    }

    @Test
    void tryAgainIsTryagainReply() {
        assertThat(RedisErrorKind.of(errorReply("TRYAGAIN Multiple keys request during rehashing of slot")))
                .contains(RedisErrorKind.TRY_AGAIN);
    }

    @Test
    void busyIsBusyReplyThrownAsJedisBusyException() {
        RuntimeException error = errorReply("BUSY Redis is busy running a script. You can only call SCRIPT KILL "
                + "or SHUTDOWN NOSAVE.");
        assertThat(error).isInstanceOf(JedisBusyException.class);
        assertThat(RedisErrorKind.of(error)).contains(RedisErrorKind.BUSY);
        assertThat(RedisErrorKind.of(new JedisBusyException("anything"))).contains(RedisErrorKind.BUSY);
    }

    @Test
    void errorCodesAreMatchedAsWholeFirstWord() {
        assertThat(RedisErrorKind.of(errorReply("BUSYKEY Target key name already exists."))).isEmpty();
        assertThat(RedisErrorKind.of(errorReply("BUSYGROUP Consumer Group name already exists"))).isEmpty();
        assertThat(RedisErrorKind.of(new JedisDataException("LOADINGX whatever"))).isEmpty();
        assertThat(RedisErrorKind.of(new JedisDataException("TRYAGAIN"))).contains(RedisErrorKind.TRY_AGAIN);
    }

    @Test
    void redirectionsAreNeverClassified() {
        RuntimeException moved = errorReply("MOVED 3999 127.0.0.1:6381");
        RuntimeException ask = errorReply("ASK 3999 127.0.0.1:6381");
        assertThat(moved).isInstanceOf(JedisMovedDataException.class);
        assertThat(ask).isInstanceOf(JedisAskDataException.class);
        assertThat(RedisErrorKind.of(moved)).isEmpty();
        assertThat(RedisErrorKind.of(ask)).isEmpty();
        assertThat(RedisErrorKind.of(new JedisMovedDataException("CLUSTERDOWN odd", new HostAndPort("h", 1), 1)))
                .isEmpty();
    }

    @Test
    void otherErrorsAreNotClassified() {
        assertThat(RedisErrorKind.of(errorReply("ERR unknown command 'FOO'"))).isEmpty();
        assertThat(RedisErrorKind.of(errorReply("WRONGTYPE Operation against a key holding the wrong kind"))).isEmpty();
        assertThat(RedisErrorKind.of(errorReply("NOSCRIPT No matching script."))).isEmpty();
        assertThat(RedisErrorKind.of(new JedisDataException((String) null))).isEmpty();
        assertThat(RedisErrorKind.of(new JedisException("CLUSTERDOWN not a reply"))).isEmpty();
        assertThat(RedisErrorKind.of(new IllegalStateException("CLUSTERDOWN"))).isEmpty();
        assertThat(RedisErrorKind.of(new SocketTimeoutException())).isEmpty();
    }

    @Test
    void ofRejectsNull() {
        assertThatThrownBy(() -> RedisErrorKind.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("error is null; accepted: any Throwable");
    }

    @Test
    void configNamesAreTheRedisPySpellings() {
        assertThat(Arrays.stream(RedisErrorKind.values()).map(RedisErrorKind::configName))
                .containsExactly("connection_error", "timeout", "cluster_down", "busy_loading", "readonly",
                        "master_down", "try_again", "busy");
    }

    @Test
    void fromConfigNameFindsEveryKindByItsConfigName() {
        for (RedisErrorKind kind : RedisErrorKind.values()) {
            assertThat(RedisErrorKind.fromConfigName(kind.configName())).isSameAs(kind);
        }
    }

    @Test
    void fromConfigNameIgnoresCaseAndSurroundingSpace() {
        assertThat(RedisErrorKind.fromConfigName(" Cluster_Down ")).isSameAs(RedisErrorKind.CLUSTER_DOWN);
    }

    @Test
    void fromConfigNameRejectsUnknownNamesListingAcceptedNames() {
        assertThatThrownBy(() -> RedisErrorKind.fromConfigName("CLUSTER_DOWN_ERROR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("configName is \"CLUSTER_DOWN_ERROR\"; " + ACCEPTED);
        assertThatThrownBy(() -> RedisErrorKind.fromConfigName(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("configName is \"\"; " + ACCEPTED);
        assertThatThrownBy(() -> RedisErrorKind.fromConfigName(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("configName is null; " + ACCEPTED);
    }
}
