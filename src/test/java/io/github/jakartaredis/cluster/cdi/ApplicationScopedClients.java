package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

@ApplicationScoped
public class ApplicationScopedClients {
    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    @RedisCluster("bar")
    Instance<RedisClusterConnection> bar;

    RedisClusterConnection foo() {
        return foo;
    }

    RedisClusterConnection bar() {
        return bar.get();
    }
}
