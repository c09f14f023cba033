package dev.usersapi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.contract.ApiObjectMapper;
import dev.usersapi.contract.RequestIds;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.throttling.ThrottleSettings;
import dev.usersapi.problems.ProblemErrorPageGenerator;
import dev.usersapi.repository.InMemoryUserRepository;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A failure that escapes Jersey altogether (here, a response filter that fails again on the
 * response made for its first failure) reaches Grizzly, whose error page this server replaces:
 * the answer must still be a complete 500 problem, under the request's own id, and the failure
 * must be logged under that id with the error id the problem quotes.
 */
class EscapedFailureTest {

    private static final String FAIL_HEADER = "X-Fail-In-Response-Filter";

    @Test
    void aFailureOutsideJerseyIsAProblemUnderTheRequestsIdAndLogged() throws Exception {
        ResourceConfig application = ApiApplication.create(
                new InMemoryUserRepository(),
                new ApiKeyRegistry(List.of()),
                ApiObjectMapper.create(),
                Clock.systemUTC(),
                ServerMetrics.createRegistry(),
                false,
                ThrottleSettings.OFF);
        application.register(new AlwaysFailingResponseFilter());
        HttpServer server =
                GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application, false);
        server.getServerConfiguration().setDefaultErrorPageGenerator(new ProblemErrorPageGenerator());
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            server.start();
            int port = server.getListeners().iterator().next().getPort();
            // HTTP/1.1 outright: this bare server lacks the codec fix that ignores the client's h2c upgrade offer.
            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/live"))
                                    .header(RequestIds.HEADER, "escaped-1")
                                    .header(FAIL_HEADER, "yes")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertEquals(500, response.statusCode());
            assertTrue(
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    response.headers().map().toString());
            assertEquals(
                    "escaped-1",
                    response.headers().firstValue(RequestIds.HEADER).orElse(null));
            JsonNode problem = new ObjectMapper().readTree(response.body());
            assertEquals(500, problem.get("status").asInt());
            assertEquals("escaped-1", problem.get("request_id").asText());
            assertEquals("/health/live", problem.get("instance").asText());
            String errorId = problem.get("error_id").asText();
            assertTrue(problem.get("detail").asText().contains(errorId), problem.toString());
            assertFalse(response.body().contains("failing on purpose"), response.body());
            assertTrue(
                    logged.list.stream()
                            .anyMatch(event -> event.getLevel() == Level.ERROR
                                    && event.getFormattedMessage().contains(errorId)
                                    && "escaped-1"
                                            .equals(event.getMDCPropertyMap().get(RequestIds.LOG_FIELD))),
                    () -> "no ERROR line with error id " + errorId + " in " + logged.list);
        } finally {
            root.detachAppender(logged);
            server.shutdownNow();
        }
    }

    /** Fails on every response of a request that asks for it, the one made for its own failure too. */
    private static final class AlwaysFailingResponseFilter implements ContainerResponseFilter {

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getHeaderString(FAIL_HEADER) != null) {
                throw new IllegalStateException("failing on purpose in a response filter");
            }
        }
    }
}
