package io.github.jakartaredis.it;

import java.net.URI;
import java.time.Duration;
import org.json.JSONArray;
import org.json.JSONObject;

/** A runtime's MicroProfile Health endpoints ({@code /health/ready}, {@code /health/started}), read as JSON. */
final class HealthEndpoint {

    private final URI root;

    /** @param appUrl the application's URL; the endpoints are at the server's root */
    HealthEndpoint(String appUrl) {
        this.root = URI.create(appUrl);
    }

    /** GET of {@code path} (200 when UP, 503 when DOWN), as JSON. */
    JSONObject get(String path) throws Exception {
        Http.Response response = Http.get(root.resolve(path).toString());
        if (response.status() != 200 && response.status() != 503) {
            throw new AssertionError(path + ": " + response);
        }
        return new JSONObject(response.body());
    }

    /** Polls {@code /health/ready} every 100 ms until its status is {@code status} or the timeout passed. */
    JSONObject awaitReady(String status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JSONObject ready = get("/health/ready");
        while (!status.equals(ready.getString("status")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            ready = get("/health/ready");
        }
        return ready;
    }

    /** The library's check of client foo in a health response. */
    static JSONObject check(JSONObject health) {
        JSONArray checks = health.getJSONArray("checks");
        for (int i = 0; i < checks.length(); i++) {
            if ("redis-cluster-foo".equals(checks.getJSONObject(i).getString("name"))) {
                return checks.getJSONObject(i);
            }
        }
        throw new AssertionError("no check redis-cluster-foo in " + health);
    }
}
