package io.github.jakartaredis.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** Plain HTTP/1.1 calls with timeouts: the tests talk to the runtimes only this way. */
final class Http {

    /** A response: status and body. */
    record Response(int status, String body) {
        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private Http() {
    }

    static Response get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static Response put(String url, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request.timeout(REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    /**
     * Calls {@code call} until the response satisfies {@code ready} (connection errors count as not ready).
     *
     * @throws IllegalStateException after {@code timeout}, with the last response or error
     */
    static Response await(Call call, Predicate<Response> ready, Duration timeout, Runnable checkAlive)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            checkAlive.run();
            try {
                Response response = call.send();
                if (ready.test(response)) {
                    return response;
                }
                last = response;
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("No ready answer from " + call + " within " + timeout + "; last: " + last);
    }

    /** One HTTP call, repeated by {@link #await}. */
    interface Call {
        Response send() throws IOException, InterruptedException;
    }
}
