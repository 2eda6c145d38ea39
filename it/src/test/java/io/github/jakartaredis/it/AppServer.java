package io.github.jakartaredis.it;

/** A runtime running the example application, reached only over HTTP. */
interface AppServer extends AutoCloseable {

    /** e.g. {@code Open Liberty 26.0.0.3} */
    String description();

    /** The application's base URL, e.g. {@code http://127.0.0.1:PORT/example}. */
    String appUrl();

    /** The application-scope metrics URL, {@code http://127.0.0.1:PORT/metrics?scope=application}. */
    String metricsUrl();

    /** PID of the server JVM. */
    long pid();

    /** Stops the server and everything it started. */
    @Override
    void close();
}
