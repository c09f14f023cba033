package dev.usersapi.http.observability;

import dev.usersapi.http.RequestFacts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@code http.server.requests}, labelled by method, route template and
 * status, so count and latency can be read per operation and outcome. Every label takes its value
 * from a bounded set ({@link MethodLabels}, {@link RouteTemplates}, the status), so clients cannot
 * make the registry grow.
 */
public final class RequestMetricsFilter implements ContainerResponseFilter {

    private final MeterRegistry registry;

    public RequestMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        long elapsed = RequestFacts.elapsedNanos(request);
        if (elapsed < 0) {
            return;
        }
        Timer.builder("http.server.requests")
                .description("HTTP requests served, by method, route and status")
                .tag("method", MethodLabels.of(request.getMethod()))
                .tag("route", RouteTemplates.of(request))
                .tag("status", Integer.toString(response.getStatus()))
                .register(registry)
                .record(elapsed, TimeUnit.NANOSECONDS);
    }
}
