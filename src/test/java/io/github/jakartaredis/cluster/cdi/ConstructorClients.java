package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class ConstructorClients {
    final RedisClusterConnection foo;
    final RedisClusterConnection bar;

    protected ConstructorClients() {
        this(null, null);
    }

    @Inject
    public ConstructorClients(@RedisCluster("foo") RedisClusterConnection foo,
            @RedisCluster("bar") RedisClusterConnection bar) {
        this.foo = foo;
        this.bar = bar;
    }

    RedisClusterConnection foo() {
        return foo;
    }

    RedisClusterConnection bar() {
        return bar;
    }
}
