package dev.usersapi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usersapi.contract.ApiObjectMapper;
import dev.usersapi.contract.RequestIds;
import dev.usersapi.http.RequestIdFilter;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.throttling.ThrottleSettings;
import dev.usersapi.repository.InMemoryUserRepository;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * A request's id must leave the worker thread with the request, however the request ends, or the
 * next log lines written on that thread would carry it. The application is run in process here,
 * on the test's own thread, since only there can the thread's logging context be seen afterwards.
 */
class RequestContextCleanupTest {

    private static final String FAIL_HEADER = "X-Fail-In-Response-Filter";

    private final ApplicationHandler application = new ApplicationHandler(applicationWithAFailingResponseFilter());

    @AfterEach
    void clearThread() {
        MDC.clear();
    }

    @Test
    void aServedRequestLeavesNoIdOnTheThread() throws Exception {
        ContainerResponse response =
                application.apply(request("/health/live", "cleanup-1")).get();

        assertEquals(200, response.getStatus());
        assertNull(MDC.get(RequestIds.LOG_FIELD));
    }

    @Test
    void aRequestThatFailsBeforeItsLastResponseFilterLeavesNoIdOnTheThread() {
        ContainerRequest failing = request("/health/live", "cleanup-2");
        failing.header(FAIL_HEADER, "yes");

        assertThrows(ExecutionException.class, () -> application.apply(failing).get());

        assertNull(MDC.get(RequestIds.LOG_FIELD));
    }

    private static ResourceConfig applicationWithAFailingResponseFilter() {
        ResourceConfig config = ApiApplication.create(
                new InMemoryUserRepository(),
                new ApiKeyRegistry(List.of()),
                ApiObjectMapper.create(),
                Clock.systemUTC(),
                ServerMetrics.createRegistry(),
                false,
                ThrottleSettings.OFF);
        config.register(new FailingResponseFilter());
        return config;
    }

    private static ContainerRequest request(String path, String requestId) {
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/"),
                URI.create("http://localhost" + path),
                "GET",
                null,
                new MapPropertiesDelegate(),
                null);
        request.header(RequestIds.HEADER, requestId);
        return request;
    }

    /** Fails when asked to; it runs before the response side of {@link RequestIdFilter}, at the default priority. */
    private static final class FailingResponseFilter implements ContainerResponseFilter {

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getHeaderString(FAIL_HEADER) != null) {
                throw new IllegalStateException("failing on purpose in a response filter");
            }
        }
    }
}
