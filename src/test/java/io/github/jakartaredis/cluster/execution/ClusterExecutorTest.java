package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.retry.Backoff;
import io.github.jakartaredis.cluster.ClusterRetriesExhaustedException;
import io.github.jakartaredis.cluster.retry.ConstantBackoff;
import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import io.github.jakartaredis.cluster.retry.Retry;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisAskDataException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisMovedDataException;

/** The command path's retry loop against scripted nodes: no Redis, no sockets. */
class ClusterExecutorTest {

    private static final HostAndPort A = new HostAndPort("a", 7000);
    private static final HostAndPort B = new HostAndPort("b", 7001);
    private static final CommandObjects COMMANDS = new redis.clients.jedis.ClusterCommandObjects(redis.clients.jedis.RedisProtocol.RESP2);

    private final ScriptedNodes nodes = new ScriptedNodes(A);
    private final CountingTopology topology = new CountingTopology();
    private final ConnectionLimit limit = new ConnectionLimit("foo", 1, Duration.ZERO);
    private final RecordingBackoff backoff = new RecordingBackoff(new ConstantBackoff(Duration.ZERO));

    private ClusterExecutor executor(int retries, int cycles, RedisErrorKind... alsoRetried) {
        EnumSet<RedisErrorKind> kinds = EnumSet.noneOf(RedisErrorKind.class);
        kinds.addAll(java.util.List.of(alsoRetried));
        return new ClusterExecutor(nodes, topology, null, limit, new Retry(backoff, retries, kinds).forCluster(),
                cycles, false, Duration.ofSeconds(1), Runnable::run);
    }

    private String get(ClusterExecutor executor) {
        return executor.execute(COMMANDS.get("key"));
    }

    @Test
    void aReplyTakesOneAttempt() {
        nodes.answer(A, "value");
        assertThat(get(executor(3, 3))).isEqualTo("value");
        assertThat(nodes.borrows).isEqualTo(1);
        assertThat(backoff.waits()).isEmpty();
    }

    @Test
    void aRefusingNodeIsTriedRetriesPlusOneTimesPerCycleWithOneRefreshBetweenCycles() {
        nodes.answer(A, ScriptedNodes.REFUSE);
        Throwable error = catchThrowable(() -> get(executor(2, 1)));
        assertThat(error).isInstanceOf(ClusterRetriesExhaustedException.class)
                .hasMessageContaining("GET failed on node a:7000 after 6 attempts and 1 topology refresh")
                .hasCauseInstanceOf(JedisConnectionException.class);
        assertThat(nodes.borrows).isEqualTo(6);
        assertThat(topology.refreshes).containsExactly("a:7000 dropped");
        assertThat(backoff.waits()).hasSize(4);
    }

    @Test
    void everyFailedTryOnANodeAsksForABackgroundReloadAndWaitsThroughTheTopology() {
        RecordingBackoff pauses = new RecordingBackoff(new ConstantBackoff(Duration.ofMillis(100)));
        nodes.answer(A, ScriptedNodes.REFUSE, ScriptedNodes.REFUSE, "after failover");
        ClusterExecutor executor = new ClusterExecutor(nodes, topology, null, limit, new Retry(pauses, 2).forCluster(),
                0, false, Duration.ofSeconds(1), Runnable::run);
        assertThat(get(executor)).isEqualTo("after failover");
        assertThat(topology.failingNodes).containsExactly(A, A);
        // the pauses are waited out by the topology, which ends them when a reload moves a slot
        assertThat(topology.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(100));
    }

    @Test
    void noPermitIsHeldWhileTheCommandWaitsBetweenRetries() {
        nodes.answer(A, ScriptedNodes.REFUSE, ScriptedNodes.REFUSE, "late");
        Backoff takesThePermit = failures -> {
            limit.acquire();   // the limit has one permit and no wait: this fails if the command still holds it
            limit.release();
            return Duration.ZERO;
        };
        ClusterExecutor executor = new ClusterExecutor(nodes, topology, null, limit, new Retry(takesThePermit, 2)
                .forCluster(), 0, false, Duration.ofSeconds(1), Runnable::run);
        assertThat(get(executor)).isEqualTo("late");
    }

    @Test
    void aConnectionTheServerClosedIsReplacedOnceWithoutCountingAFailure() {
        nodes.answer(A, new JedisConnectionException("Unexpected end of stream."), "value");
        assertThat(get(executor(0, 0))).isEqualTo("value");
        assertThat(nodes.idleDrops).isEqualTo(1);
        assertThat(topology.refreshes).isEmpty();
        assertThat(backoff.waits()).isEmpty();
    }

    @Test
    void movedIsFollowedAndReloadsTheSlotMapWithoutCountingAFailure() {
        nodes.answer(A, new JedisMovedDataException("MOVED 1 b:7001", B, 1));
        nodes.answer(B, "moved value");
        assertThat(get(executor(0, 0))).isEqualTo("moved value");
        assertThat(nodes.reloadsAfterMoved).isEqualTo(1);
        assertThat(backoff.waits()).isEmpty();
    }

    @Test
    void askSendsAskingToTheTargetBeforeTheCommand() {
        nodes.answer(A, new JedisAskDataException("ASK 1 b:7001", B, 1));
        nodes.answer(B, "asked value");
        assertThat(get(executor(0, 0))).isEqualTo("asked value");
        assertThat(nodes.sent).containsExactly("a:7000 GET", "b:7001 ASKING", "b:7001 GET");
        assertThat(nodes.reloadsAfterMoved).isZero();
    }

    @Test
    void tryAgainIsTriedAgainWithinOneAttempt() {
        nodes.answer(A, new JedisDataException("TRYAGAIN Multiple keys request during rehashing of slot"),
                new JedisDataException("TRYAGAIN Multiple keys request during rehashing of slot"), "settled");
        assertThat(get(executor(0, 0))).isEqualTo("settled");
        assertThat(backoff.waits()).isEmpty();
    }

    @Test
    void clusterDownKeepsTheAnsweringNodeAmongTheSeeds() {
        nodes.answer(A, new JedisDataException("CLUSTERDOWN The cluster is down"));
        Throwable error = catchThrowable(() -> get(executor(0, 1)));
        assertThat(error).isInstanceOf(ClusterRetriesExhaustedException.class);
        assertThat(topology.refreshes).containsExactly("a:7000 kept");
    }

    @Test
    void aTimeoutNotRetriedOnFailsAfterOneAttemptAndAsksForAReload() {
        RuntimeException timeout = new JedisConnectionException(new SocketTimeoutException("Read timed out"));
        nodes.answer(A, timeout);
        ClusterExecutor executor = new ClusterExecutor(nodes, topology, null, limit,
                new Retry(backoff, 3, EnumSet.noneOf(RedisErrorKind.class)).forCluster(), 3, false,
                Duration.ofSeconds(1), Runnable::run);
        assertThat(catchThrowable(() -> get(executor))).isSameAs(timeout);
        assertThat(nodes.borrows).isEqualTo(1);
        assertThat(topology.reloadHints).isEqualTo(1);
    }

    @Test
    void aTimeoutIsRetriedByDefault() {
        nodes.answer(A, new JedisConnectionException(new SocketTimeoutException("Read timed out")), "second");
        assertThat(get(executor(1, 0, RedisErrorKind.TIMEOUT))).isEqualTo("second");
        assertThat(backoff.waits()).hasSize(1);
    }

    @Test
    void anErrorReplyThatIsNotRetriedOnReachesTheCallerAtOnce() {
        JedisDataException wrongType = new JedisDataException("WRONGTYPE Operation against a key");
        nodes.answer(A, wrongType);
        assertThat(catchThrowable(() -> get(executor(5, 5)))).isSameAs(wrongType);
        assertThat(nodes.borrows).isEqualTo(1);
        assertThat(topology.refreshes).isEmpty();
    }
}
