package io.github.jakartaredis.cluster.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.monitoring.GeneratedConnectionSource.Kind;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HashImport;

/**
 * The committed {@code GeneratedConnection} and {@code GeneratedPipeline} are what {@link GeneratedConnectionSource}
 * and {@link GeneratedPipelineSource} make from the interfaces and the Jedis on the class path, so that a Jedis upgrade
 * that adds, removes or changes a method cannot drift silently.
 */
class GeneratedConnectionTest {

    @Test
    void theCommittedSourceIsWhatTheGeneratorMakesFromTheInterfaceAndJedis() throws IOException {
        assertCommitted(GeneratedConnectionSource.FILE, GeneratedConnectionSource.source(), "RedisClusterConnection");
    }

    @Test
    void theCommittedPipelineSourceIsWhatTheGeneratorMakesFromTheInterfaceAndJedis() throws IOException {
        assertCommitted(GeneratedPipelineSource.FILE, GeneratedPipelineSource.source(), "RedisClusterPipeline");
    }

    private static void assertCommitted(Path file, String made, String api) throws IOException {
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(file, made);
        }
        String committed = Files.readString(file);
        if (!committed.equals(made)) {
            fail(file + " is not what its generator makes from " + api + " and Jedis "
                    + GeneratedConnectionSource.jedisVersion() + "; " + firstDifference(committed, made)
                    + ". Regenerate it with: " + GeneratedConnectionSource.REGENERATE);
        }
    }

    private static String firstDifference(String committed, String made) {
        List<String> was = committed.lines().toList();
        List<String> is = made.lines().toList();
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            String a = i < was.size() ? was.get(i) : "(end of file)";
            String b = i < is.size() ? is.get(i) : "(end of file)";
            if (!a.equals(b)) {
                return "first difference at line " + (i + 1) + ": committed '" + a.strip() + "', generated '"
                        + b.strip() + "'";
            }
        }
        return "they differ in line endings";
    }

    @Test
    void eachMethodIsCarriedOutAsTheDispatchRulesSay() throws NoSuchMethodException {
        Class<RedisClusterConnection> api = RedisClusterConnection.class;
        assertThat(kind(api.getMethod("get", String.class))).isEqualTo(Kind.KEYED);
        assertThat(kind(api.getMethod("set", byte[].class, byte[].class))).isEqualTo(Kind.KEYED);
        // one key: its slot's node; several: split per slot
        assertThat(kind(api.getMethod("del", String.class))).isEqualTo(Kind.KEYED);
        assertThat(kind(api.getMethod("del", String[].class))).isEqualTo(Kind.CROSS_SLOT);
        assertThat(kind(api.getMethod("mget", byte[][].class))).isEqualTo(Kind.CROSS_SLOT);
        assertThat(kind(api.getMethod("mset", String[].class))).isEqualTo(Kind.CROSS_SLOT);
        // keyless: built by CommandObjects, run by Jedis's own client (decided per command, from its arguments)
        assertThat(kind(api.getMethod("ping"))).isEqualTo(Kind.KEYED);
        // CommandObjects has scriptExists(String, String...) only
        assertThat(kind(api.getMethod("scriptExists", String.class, String.class))).isEqualTo(Kind.DIRECT);
        assertThat(kind(api.getMethod("waitReplicas", String.class, int.class, long.class))).isEqualTo(Kind.REFUSED);
    }

    @Test
    void aPipelineQueuesWhatCommandObjectsBuildsAndRefusesTheRest() throws NoSuchMethodException {
        Class<RedisClusterPipeline> api = RedisClusterPipeline.class;
        assertThat(GeneratedPipelineSource.isQueued(api.getMethod("get", String.class))).isTrue();
        assertThat(GeneratedPipelineSource.isQueued(api.getMethod("incrBy", byte[].class, long.class))).isTrue();
        // CommandObjects has no himportSet; hscan(key, cursor) is a default method of Jedis's interface
        assertThat(GeneratedPipelineSource.isQueued(
                api.getMethod("himportSet", String.class, HashImport.class, String[].class))).isFalse();
        assertThat(GeneratedPipelineSource.isQueued(api.getMethod("hscan", String.class, String.class))).isFalse();
        assertThat(GeneratedPipelineSource.commandMethods()).extracting(Method::getName)
                .doesNotContain("name", "sync", "close");
    }

    private static Kind kind(Method method) {
        return GeneratedConnectionSource.kindOf(method);
    }
}
