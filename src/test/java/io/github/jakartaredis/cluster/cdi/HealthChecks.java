package io.github.jakartaredis.cluster.cdi;

import jakarta.enterprise.inject.Instance;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Calls the health checks of one kind the way a runtime's health endpoint collects them: every bean of it. */
final class HealthChecks {

    private final Instance<HealthCheck> checks;

    HealthChecks(Instance<HealthCheck> all) {
        this.checks = all;
    }

    List<HealthCheckResponse> call(Annotation kind) {
        return StreamSupport.stream(checks.select(kind).spliterator(), false).map(HealthCheck::call)
                .collect(Collectors.toList());
    }

    HealthCheckResponse single(Annotation kind) {
        List<HealthCheckResponse> responses = call(kind);
        if (responses.size() != 1) {
            throw new AssertionError("expected one " + kind + " check, got " + responses);
        }
        return responses.get(0);
    }
}
