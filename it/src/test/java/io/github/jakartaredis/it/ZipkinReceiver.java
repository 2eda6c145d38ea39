package io.github.jakartaredis.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * A tiny Zipkin v2 span receiver on a free loopback port ({@code POST /api/v2/spans}, JSON, gzip or not), where a
 * runtime's OpenTelemetry zipkin exporter sends its spans so that the test reads them back. Thread-safe.
 */
final class ZipkinReceiver implements AutoCloseable {

    /** One received span: ids, kind, lowercase name (Zipkin's), tags. */
    record Span(String traceId, String id, String parentId, String kind, String name, Map<String, String> tags,
            String json) {
    }

    private final HttpServer server;
    private final List<Span> spans = new ArrayList<>();

    private ZipkinReceiver(HttpServer server) {
        this.server = server;
    }

    static ZipkinReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ZipkinReceiver receiver = new ZipkinReceiver(server);
            server.createContext("/api/v2/spans", receiver::receive);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the URL to give as {@code otel.exporter.zipkin.endpoint} */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2/spans";
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            JSONArray array = new JSONArray(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            List<Span> received = new ArrayList<>();
            for (int i = 0; i < array.length(); i++) {
                JSONObject span = array.getJSONObject(i);
                Map<String, String> tags = new HashMap<>();
                JSONObject tagObject = span.optJSONObject("tags");
                if (tagObject != null) {
                    for (String key : tagObject.keySet()) {
                        tags.put(key, String.valueOf(tagObject.get(key)));
                    }
                }
                received.add(new Span(span.optString("traceId"), span.optString("id"), span.optString("parentId", null),
                        span.optString("kind"), span.optString("name"), tags, span.toString()));
            }
            synchronized (spans) {
                spans.addAll(received);
            }
            exchange.sendResponseHeaders(202, -1);
        }
    }

    /** @return every span received so far */
    List<Span> spans() {
        synchronized (spans) {
            return List.copyOf(spans);
        }
    }

    /** Waits until a received span matches, and returns the matching ones (empty on timeout). */
    List<Span> await(Predicate<Span> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Span> found = spans().stream().filter(match).toList();
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
