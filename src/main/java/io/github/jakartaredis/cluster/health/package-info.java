/**
 * Cluster health of a client, independent of any health-check API (internal): the CDI layer registers it as
 * MicroProfile Health readiness and startup checks when that API is present.
 */
package io.github.jakartaredis.cluster.health;
