package io.github.jakartaredis.cluster;

import redis.clients.jedis.commands.JedisBinaryCommands;
import redis.clients.jedis.commands.JedisCommands;
import redis.clients.jedis.commands.SampleBinaryKeyedCommands;
import redis.clients.jedis.commands.SampleKeyedCommands;

/**
 * A monitored connection to a Redis Cluster, injected with {@code @Inject @RedisCluster("foo")}.
 *
 * <p>It offers Jedis's keyed command interfaces with Jedis's own signatures, so code written against Jedis's
 * {@code RedisClusterClient} reads the same. Every command is routed to the node that owns the key's slot,
 * retried as the client's {@link io.github.jakartaredis.cluster.retry.Retry Retry} and {@code cluster_error_retry_attempts} say, timed and counted in the
 * {@code redis.client.*} metrics. Commands whose keys span several slots ({@code mget}, {@code del},
 * {@code exists}, {@code mset}, {@code touch}, {@code unlink}) are split per slot; they are not atomic.
 *
 * <p>Thread-safe. The object is a lightweight handle over one shared, application-wide cluster client: it holds
 * no connection between commands, so it can be kept in any scope and used from any thread. Inside a CDI request
 * context, the commands a request issues are also tallied into the {@code redis.client.request.commands}
 * histogram when the request ends.
 */
public interface RedisClusterConnection
        extends JedisCommands, JedisBinaryCommands, SampleKeyedCommands, SampleBinaryKeyedCommands {

    /**
     * Pings every primary of the cluster.
     *
     * @return {@code "PONG"} when every primary answered
     */
    String ping();

    /**
     * Starts a monitored cluster pipeline; see {@link RedisClusterPipeline}.
     *
     * @param name what the pipeline is for, shown in its error messages; not null
     * @return a new, empty pipeline
     */
    RedisClusterPipeline pipeline(String name);
}
