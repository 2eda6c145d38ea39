package io.github.jakartaredis.example;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * String values in the Redis Cluster named {@code foo}, keyed by the last path segment.
 *
 * <pre>
 * curl -X PUT --data-binary 'hello' http://127.0.0.1:9080/example/api/keys/greeting
 * curl http://127.0.0.1:9080/example/api/keys/greeting
 * curl -X DELETE http://127.0.0.1:9080/example/api/keys/greeting
 * </pre>
 */
@Path("/keys/{key}")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class KeysResource {

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    /** @return the value, or 404 when the key does not exist */
    @GET
    public String get(@PathParam("key") String key) {
        String value = foo.get(key);
        if (value == null) {
            throw new NotFoundException("No key " + key);
        }
        return value;
    }

    /** Sets the key to the request body (text); answers Redis's reply, {@code OK}. */
    @PUT
    public String put(@PathParam("key") String key, String value) {
        return foo.set(key, value);
    }

    /** @return the number of keys removed, 0 or 1 */
    @DELETE
    public String delete(@PathParam("key") String key) {
        return Long.toString(foo.del(key));
    }
}
