package io.github.jakartaredis.cluster;

import redis.clients.jedis.commands.PipelineBinaryCommands;
import redis.clients.jedis.commands.PipelineCommands;

/**
 * A monitored cluster pipeline, from {@link RedisClusterConnection#pipeline(String)}: queue keyed commands, then
 * {@link #sync()} sends each node's share in one batch and fills every {@code Response}.
 *
 * <ul>
 *   <li>In the metrics, one {@code sync()} is one command named {@code pipeline}, however many commands it
 *       carries (the pipeline's name is not a tag, so that names cannot grow the metrics' cardinality; it appears
 *       in error messages).</li>
 *   <li>A command answered with MOVED or ASK (a slot moved meanwhile) is run again on its own, following the
 *       redirect, and its response gets that reply.</li>
 *   <li>A node that fails while its share is sent or read: the responses of that node's commands throw the error
 *       (wrapped in a {@code JedisDataException}), the other nodes' responses are unaffected, and {@code sync()}
 *       throws once every node is done, naming the pipeline, the failed nodes and how many commands failed. The
 *       failed commands may or may not have been applied, so the pipeline is not retried; retry what is safe.</li>
 *   <li>Keyless commands are refused (their responses throw); multi-key commands must keep to one slot.</li>
 * </ul>
 *
 * <p>Not thread-safe: one thread fills and syncs a pipeline. It holds no connection between syncs.
 */
public interface RedisClusterPipeline extends PipelineCommands, PipelineBinaryCommands, AutoCloseable {

    /** @return the name given at creation */
    String name();

    /**
     * Sends every queued command and fills their responses.
     *
     * @throws redis.clients.jedis.exceptions.JedisClusterOperationException when a node failed; the responses of
     *     the other nodes' commands are filled
     */
    void sync();

    /** Syncs what is still queued. */
    @Override
    void close();
}
