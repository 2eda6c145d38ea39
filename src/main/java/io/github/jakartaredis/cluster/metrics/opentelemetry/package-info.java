/**
 * The OpenTelemetry backend of the library's metrics and spans (internal). The only package besides {@code cdi}
 * that names OpenTelemetry classes; loaded only when the runtime offers an {@code OpenTelemetry} bean.
 */
package io.github.jakartaredis.cluster.metrics.opentelemetry;
