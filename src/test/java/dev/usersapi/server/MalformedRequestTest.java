package dev.usersapi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.support.RawHttp;
import dev.usersapi.support.UsersApiServerExtension;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests so malformed that Grizzly refuses them before Jersey; sent over a raw socket, since
 * well-behaved HTTP clients cannot send them.
 */
class MalformedRequestTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aMalformedPercentEscapeIsABadRequestProblemWithoutInternals() throws IOException {
        RawHttp.Answer response = send("POST /api/users/%zz/unblock HTTP/1.1\r\nHost: localhost\r\n" + "X-API-KEY: "
                + server.writerSecret() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        assertEquals(400, response.status());
        assertTrue(response.head().contains("Content-Type: application/problem+json"), response.head());
        assertTrue(response.head().contains("X-Request-Id: "), response.head());
        JsonNode problem = mapper.readTree(response.body());
        assertEquals(400, problem.get("status").asInt());
        assertEquals(32, problem.get("request_id").asText().length());
        assertEquals("https://httpstatuses.io/400", problem.get("type").asText());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void headersTooLargeAreARequestHeaderFieldsTooLargeProblem() throws IOException {
        RawHttp.Answer response = send("GET /api/users/someone HTTP/1.1\r\nHost: localhost\r\n" + "X-Padding: "
                + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");

        assertEquals(431, response.status());
        assertTrue(response.head().contains("Content-Type: application/problem+json"), response.head());
        assertTrue(response.head().contains("X-Request-Id: "), response.head());
        assertEquals(431, mapper.readTree(response.body()).get("status").asInt());
    }

    @Test
    void anUnsupportedHttpVersionIsAProblem() throws IOException {
        RawHttp.Answer response = send("GET /api/users/someone HTTP/9.9\r\nHost: localhost\r\n\r\n");

        assertEquals(505, response.status());
        assertEquals(505, mapper.readTree(response.body()).get("status").asInt());
    }

    private RawHttp.Answer send(String request) throws IOException {
        return RawHttp.exchange(server.baseUri(), request);
    }
}
