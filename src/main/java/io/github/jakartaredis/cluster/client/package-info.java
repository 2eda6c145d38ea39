/**
 * Internal, not API: the shared, application-wide client of one name: Jedis's pools and slot map, the command
 * executor, the client's gauges ({@code SharedClusterClient}), how it is started without holding callers
 * ({@code ClientStartup}), Jedis's connection settings incl. TLS ({@code JedisClientSettings}) and clear start
 * errors ({@code ConnectFailure}). No CDI here.
 */
package io.github.jakartaredis.cluster.client;
