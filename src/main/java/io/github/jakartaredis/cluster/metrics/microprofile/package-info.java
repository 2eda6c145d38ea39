/**
 * Internal, not API: the MicroProfile Metrics backend of {@code ClientMetrics}.
 */
package io.github.jakartaredis.cluster.metrics.microprofile;
