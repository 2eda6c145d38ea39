package io.github.jakartaredis.cluster.metrics.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys the library records, named as in the OpenTelemetry semantic conventions for database clients
 * (plus the mission's own {@code client}). Constants only; thread-safe.
 */
final class SemanticAttributes {

    /** {@code db.system.name}, always {@code redis}. */
    static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
    /** {@code db.operation.name}: the command in upper case, {@code PIPELINE} for a pipeline. */
    static final AttributeKey<String> DB_OPERATION_NAME = AttributeKey.stringKey("db.operation.name");
    /** {@code db.operation.batch.size}: a pipeline's or multi-node command's parts, when more than one. */
    static final AttributeKey<Long> DB_OPERATION_BATCH_SIZE = AttributeKey.longKey("db.operation.batch.size");
    /** {@code db.response.status_code}: the prefix of a Redis error reply, e.g. {@code WRONGTYPE}. */
    static final AttributeKey<String> DB_RESPONSE_STATUS_CODE = AttributeKey.stringKey("db.response.status_code");
    /** {@code db.client.connection.pool.name}: the client's name (one pool set per client). */
    static final AttributeKey<String> DB_POOL_NAME = AttributeKey.stringKey("db.client.connection.pool.name");
    /** {@code db.client.connection.state}: {@code used} or {@code idle}. */
    static final AttributeKey<String> DB_CONNECTION_STATE = AttributeKey.stringKey("db.client.connection.state");
    /** {@code error.type}: the Redis error prefix, or the exception's class name. */
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    /** {@code server.address}: the host of the node the command was last sent to. */
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    /** {@code server.port}: the port of the node the command was last sent to. */
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    /** {@code client}: the client's name, on the mission's own metrics ({@code runtime.pool.*}). */
    static final AttributeKey<String> CLIENT = AttributeKey.stringKey("client");
    /** {@code redis.retry.failures}: on a retry event, the failures counted so far in the cycle. */
    static final AttributeKey<Long> RETRY_FAILURES = AttributeKey.longKey("redis.retry.failures");

    /** The value of {@code db.system.name}. */
    static final String REDIS = "redis";

    private SemanticAttributes() {
    }
}
