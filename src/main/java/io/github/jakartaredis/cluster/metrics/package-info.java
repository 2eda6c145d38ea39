/**
 * Internal, not API: the one interface the library records through ({@code ClientMetrics}, {@code CommandEvents},
 * {@code ClientGauges}), its no-op and its composite; the backends live in the sub-packages.
 */
package io.github.jakartaredis.cluster.metrics;
