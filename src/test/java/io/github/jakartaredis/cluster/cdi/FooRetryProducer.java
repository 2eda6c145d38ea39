package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.retry.ConstantBackoff;
import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import io.github.jakartaredis.cluster.retry.Retry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.EnumSet;

/** The application's own retry for the client {@code foo}: waits out a busy node for up to 3 s. */
@ApplicationScoped
public class FooRetryProducer {
    @Produces
    @RedisCluster("foo")
    Retry fooRetry() {
        return new Retry(new ConstantBackoff(Duration.ofMillis(100)), 30, EnumSet.of(RedisErrorKind.BUSY));
    }
}
