package io.github.jakartaredis.cluster;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * Selects the Redis Cluster client named {@link #value()}.
 *
 * <p>The name is the prefix of the client's MicroProfile Config keys: {@code @RedisCluster("foo")} reads
 * {@code foo.url}, {@code foo.max_connections} and so on, and tags every metric of the client with
 * {@code client="foo"}.
 *
 * <pre>{@code
 * @Inject @RedisCluster("foo") RedisClusterConnection foo;
 * }</pre>
 *
 * <p>The extension adds one set of beans for every distinct name it finds at injection points, including
 * {@code @RedisCluster("foo") Instance<RedisClusterConnection>}. A bean of type {@link io.github.jakartaredis.cluster.retry.Retry Retry} with this qualifier
 * replaces the retry configured by keys for that client.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, METHOD, TYPE})
public @interface RedisCluster {

    /** The client's name: the prefix of its configuration keys and the value of its {@code client} metric tag. */
    String value();

    /**
     * An instance of the qualifier, for programmatic lookup:
     * {@code instance.select(RedisCluster.Literal.of("foo"))}. Immutable and thread-safe.
     */
    final class Literal extends AnnotationLiteral<RedisCluster> implements RedisCluster {

        private static final long serialVersionUID = 1L;

        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /**
         * Returns the qualifier for the client {@code name}.
         *
         * @param name the client's name, not null
         * @return the qualifier
         */
        public static Literal of(String name) {
            return new Literal(Objects.requireNonNull(name, "name"));
        }

        @Override
        public String value() {
            return value;
        }
    }
}
