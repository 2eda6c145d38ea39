package io.github.jakartaredis.example;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The example application's REST root: everything under {@code /api}. */
@ApplicationPath("/api")
public class ExampleApplication extends Application {
}
