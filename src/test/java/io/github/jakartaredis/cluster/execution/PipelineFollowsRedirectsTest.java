package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.ClusterFaults;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Response;

/**
 * Issue 10, item 6: a pipelined command answered with MOVED or ASK is run again where the slot now is, and its
 * response holds the right value. The slot is moved behind the client's back and moved back afterwards (shared
 * cluster).
 */
@ExtendWith(LocalRedisClusterExtension.class)
class PipelineFollowsRedirectsTest {

    private static final Logger LOG = Logger.getLogger(PipelineFollowsRedirectsTest.class.getName());

    @Test
    void pipelinedGetAndSetOfAKeyWhoseSlotMovedGetTheRightValues(LocalRedisCluster cluster) {
        ClusterFaults faults = new ClusterFaults(cluster);
        String key = "pipeline-moved:{a}";
        int slot = ClusterFaults.slotOf(key);
        int owner = cluster.portOwningSlot(slot);
        int other = cluster.primaryPorts().stream().filter(p -> p != owner).findFirst().orElseThrow();
        try (SharedClusterClient client = TestClients.client(cluster.seedUrl())) {
            RedisClusterConnection foo = TestClients.connection(client);
            foo.set(key, "before");
            faults.moveSlot(slot, other);
            try {
                RedisClusterPipeline pipeline = foo.pipeline("moved");
                Response<String> get = pipeline.get(key);
                Response<String> set = pipeline.set(key, "after");
                Throwable syncError = catchThrowable(pipeline::sync);
                String got = value(get::get);
                String setReply = value(set::get);
                LOG.info(() -> "Pipeline after MOVED: GET -> " + got + ", SET -> " + setReply + ", sync -> " + syncError);
                assertThat(syncError).isNull();
                assertThat(got).isEqualTo("before");
                assertThat(setReply).isEqualTo("OK");
                assertThat(foo.get(key)).isEqualTo("after");
            } finally {
                faults.moveSlot(slot, owner);
            }
        }
    }

    @Test
    void pipelinedGetAndSetOfAKeyAlreadyMigratedGetTheRightValues(LocalRedisCluster cluster) {
        ClusterFaults faults = new ClusterFaults(cluster);
        String key = "pipeline-ask:{b}";
        int slot = ClusterFaults.slotOf(key);
        int owner = cluster.portOwningSlot(slot);
        int other = cluster.primaryPorts().stream().filter(p -> p != owner).findFirst().orElseThrow();
        try (SharedClusterClient client = TestClients.client(cluster.seedUrl())) {
            RedisClusterConnection foo = TestClients.connection(client);
            foo.set(key, "before");
            faults.beginMigration(slot, other);
            try {
                faults.migrateKey(owner, other, key);
                RedisClusterPipeline pipeline = foo.pipeline("ask");
                Response<String> get = pipeline.get(key);
                Response<String> set = pipeline.set(key, "after");
                Throwable syncError = catchThrowable(pipeline::sync);
                String got = value(get::get);
                String setReply = value(set::get);
                LOG.info(() -> "Pipeline after ASK: GET -> " + got + ", SET -> " + setReply + ", sync -> " + syncError);
                assertThat(syncError).isNull();
                assertThat(got).isEqualTo("before");
                assertThat(setReply).isEqualTo("OK");
            } finally {
                faults.finishMigration(slot, other);
                faults.moveSlot(slot, owner);
            }
            assertThat(foo.get(key)).isEqualTo("after");
        }
    }

    /** The response's value, or what it threw, so that both responses are recorded before asserting. */
    private static String value(Supplier<String> response) {
        try {
            return response.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
