package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

@RequestScoped
public class RequestScopedClients {
    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    @RedisCluster("bar")
    RedisClusterConnection bar;

    RedisClusterConnection foo() {
        return foo;
    }

    RedisClusterConnection bar() {
        return bar;
    }
}
