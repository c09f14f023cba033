package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.usersapi.support.RawHttp;
import dev.usersapi.support.UsersApiServerExtension;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** One access-log line per request, with the route template and key id, never the secret. */
class AccessLogTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    private final Logger access = (Logger) LoggerFactory.getLogger("access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void captureAccessLog() {
        lines.start();
        access.addAppender(lines);
        access.setLevel(Level.INFO);
    }

    @AfterEach
    void stopCapturing() {
        access.detachAppender(lines);
        access.setLevel(null);
    }

    @Test
    void anUnblockIsLoggedOnceWithRouteStatusDurationAndKeyIdButNoSecretOrUserId() throws Exception {
        String id = server.store(user("logged").build());

        server.asWriter()
                .header("X-Request-Id", "access-log-1")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200);

        List<ILoggingEvent> events = awaitLines(1);
        assertEquals(1, events.size());
        ILoggingEvent line = events.get(0);
        String message = line.getFormattedMessage();
        assertTrue(message.startsWith("POST /api/users/{user_id}/unblock 200 "), message);
        assertTrue(message.endsWith("key=test-writer"), message);
        assertFalse(message.contains(server.writerSecret()), message);
        assertFalse(message.contains(id), message);
        assertEquals("access-log-1", line.getMDCPropertyMap().get("request_id"));
    }

    @Test
    void aRequestWithoutAValidKeyIsLoggedWithoutAKeyId() throws Exception {
        server.anonymous()
                .header("X-API-KEY", "guess")
                .get("/api/users/{id}", "someone")
                .then()
                .statusCode(401);

        String message = awaitLines(1).get(0).getFormattedMessage();
        assertTrue(message.startsWith("GET UNMATCHED 401 ") && message.endsWith("key=-"), message);
        assertFalse(message.contains("guess"), message);
    }

    @Test
    void aMethodIsLoggedWholeUpTo32CharactersAndALongerOneIsRefusedBeforeTheLog() throws Exception {
        server.outsideContractWithoutKey()
                .request("X".repeat(100), "/health/live")
                .then()
                .statusCode(400);
        server.outsideContractWithoutKey()
                .request("X".repeat(32), "/health/live")
                .then()
                .statusCode(405);

        String message = awaitLines(1).get(0).getFormattedMessage();
        assertTrue(message.startsWith("X".repeat(32) + " UNMATCHED 405 "), message);
    }

    @Test
    void controlBytesAndNonAsciiInTheMethodAreEscapedInTheLog() throws Exception {
        // Either the server refuses such a method before it is logged, or the line shows it escaped.
        int status = statusOfRaw("G\u007fT /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        int nonAscii = statusOfRaw("G\u00e9T /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        List<ILoggingEvent> events = awaitLines((status == 405 ? 1 : 0) + (nonAscii == 405 ? 1 : 0));
        for (ILoggingEvent event : events) {
            String message = event.getFormattedMessage();
            assertTrue(message.chars().allMatch(c -> c >= 0x20 && c < 0x7f), message);
            assertTrue(message.startsWith("G\\x7fT ") || message.startsWith("G\\xe9T "), message);
        }
        if (status == 405) {
            assertTrue(events.stream()
                    .anyMatch(event -> event.getFormattedMessage().startsWith("G\\x7fT UNMATCHED 405 ")));
        }
    }

    private int statusOfRaw(String request) throws IOException {
        return RawHttp.exchange(server.baseUri(), request).status();
    }

    private List<ILoggingEvent> awaitLines(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (lines.list.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return List.copyOf(lines.list);
    }
}
