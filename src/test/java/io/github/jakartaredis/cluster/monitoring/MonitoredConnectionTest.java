package io.github.jakartaredis.cluster.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetrics;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the connection records for each kind of method: the meter's name, the outcome, the request tally. */
@ExtendWith(LocalRedisClusterExtension.class)
class MonitoredConnectionTest {

    private final RecordingMetrics metrics = new RecordingMetrics();
    private final RequestTally tally = new RequestTally();
    private SharedClusterClient client;
    private RedisClusterConnection foo;

    @BeforeEach
    void connect(LocalRedisCluster cluster) {
        Map<String, String> config = Map.of("foo.url", cluster.seedUrl());
        client = new SharedClusterClient(ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key))),
                (name, gauges) -> metrics);
        foo = MonitoredConnection.create("foo", () -> client, () -> tally);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void everyKindOfMethodIsRecordedUnderItsCommandAndTalliedForTheRequest() {
        foo.set("monitored:{a}", "1");
        assertThat(foo.get("monitored:{a}")).isEqualTo("1");
        assertThat(foo.ping()).isEqualTo("PONG");
        assertThat(foo.scriptExists("monitored:{a}", "0000000000000000000000000000000000000000")).isFalse();
        assertThat(foo.mget("monitored:{a}", "monitored:{b}", "monitored:{c}")).containsExactly("1", null, null);
        try (RedisClusterPipeline pipeline = foo.pipeline("test")) {
            pipeline.get("monitored:{a}");
        }

        assertThat(metrics.records).containsExactly("set ok", "get ok", "ping ok", "scriptexists ok", "mget ok",
                "pipeline ok");
        assertThat(metrics.starts).contains("mget 3").contains("get 1");
        assertThat(tally.commands()).isEqualTo(6);
        assertThat(client.activeRequests()).isZero();
    }

    @Test
    void aCommandThatCannotBeBuiltFailsAndIsRecordedUnderItsMethodName() {
        assertThatThrownBy(() -> foo.setex((String) null, 10, "v")).isInstanceOf(RuntimeException.class);

        assertThat(metrics.records).containsExactly("setex failed");
        assertThat(tally.commands()).isEqualTo(1);
        assertThat(client.activeRequests()).isZero();
    }

    @Test
    void waitReplicasIsRefusedWithTheReasonAndRecordedAsAFailure() {
        assertThatThrownBy(() -> foo.waitReplicas("monitored:{a}", 1, 100))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("waitreplicas is not supported by RedisClusterConnection: WAIT and WAITAOF");

        assertThat(metrics.records).containsExactly("waitreplicas failed");
        assertThat(tally.commands()).isEqualTo(1);
        assertThat(client.activeRequests()).isZero();
    }

    @Test
    void aCommandsMeterIsAskedForOnceHoweverOftenTheCommandRuns() {
        for (int i = 0; i < 5; i++) {
            foo.get("monitored:{a}");
            foo.del("monitored:{a}", "monitored:{b}");
        }

        assertThat(metrics.asked).containsOnly(Map.entry("get", 1), Map.entry("del", 1));
        assertThat(metrics.records).hasSize(10);
    }

    @Test
    void theHandleNamesItsClientAndEqualsOnlyItself() {
        RedisClusterConnection other = MonitoredConnection.create("foo", () -> client, () -> tally);

        assertThat(foo).hasToString("RedisClusterConnection[client=foo]");
        assertThat(foo).isEqualTo(foo).isNotEqualTo(other);
        assertThat(foo.hashCode()).isEqualTo(System.identityHashCode(foo));
    }

    /** Records each command's outcome as "name ok|failed", each start as "name batchSize". Thread-safe. */
    private static final class RecordingMetrics implements ClientMetrics {
        final List<String> records = new CopyOnWriteArrayList<>();
        final List<String> starts = new CopyOnWriteArrayList<>();
        final Map<String, Integer> asked = new ConcurrentHashMap<>();

        @Override
        public CommandMeter command(String command) {
            asked.merge(command, 1, Integer::sum);
            return new CommandMeter() {
                @Override
                public void record(long nanos, boolean success) {
                    records.add(command + (success ? " ok" : " failed"));
                }

                @Override
                public CommandEvents start(int batchSize) {
                    starts.add(command + " " + batchSize);
                    return CommandEvents.NONE;
                }
            };
        }

        @Override
        public void requestFinished(int commands) {
        }

        @Override
        public void close() {
        }
    }
}
