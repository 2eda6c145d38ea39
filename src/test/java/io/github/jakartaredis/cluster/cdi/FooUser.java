package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Uses the client {@code foo} only. */
@ApplicationScoped
public class FooUser {
    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    RedisClusterConnection foo() {
        return foo;
    }
}
