/**
 * Internal, not API: reading and validating a client's configuration ({@code ClusterSettings}, the keys in
 * {@code ClusterKey}, urls, durations, TLS stores). Every problem of every key is reported at once.
 */
package io.github.jakartaredis.cluster.settings;
