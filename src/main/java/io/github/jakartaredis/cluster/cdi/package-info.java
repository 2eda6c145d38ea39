/**
 * Internal, not API: the portable extension. Finds client names at injection points, reads and validates their
 * configuration, adds the beans, picks the metrics backends and health checks, and closes the clients when the
 * application stops. The only package (with the metrics backends) that names CDI or MicroProfile types.
 */
package io.github.jakartaredis.cluster.cdi;
