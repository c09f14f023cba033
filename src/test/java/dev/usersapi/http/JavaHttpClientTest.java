package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.support.UsersApiServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Java's own HTTP client asks to upgrade plain-HTTP requests to HTTP/2 ({@code Upgrade: h2c}) by
 * default; the server must still answer it completely.
 */
class JavaHttpClientTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aDefaultJavaHttpClientGetsACompleteUnblockResponse() throws Exception {
        String id = server.store(user("java-client").blockedUntil(FAR_FUTURE, 5).build());

        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri("/api/users/" + id + "/unblock"))
                        .header("X-API-KEY", server.writerSecret())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElse(""));
        JsonNode user = mapper.readTree(response.body());
        assertEquals(id, user.get("user_id").asText());
        assertTrue(user.get("block_until").isNull());
        assertEquals(0, user.get("failure_count").asInt());
    }

    @Test
    void aDefaultJavaHttpClientGetsACompleteProblem() throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri("/api/users/nobody"))
                        .header("X-API-KEY", server.writerSecret())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(404, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, mapper.readTree(response.body()).get("status").asInt());
    }

    @Test
    void severalRequestsOnOneClientAllSucceed() throws Exception {
        String id = server.store(user("java-client-reuse").build());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri("/api/users/" + id))
                            .header("X-API-KEY", server.writerSecret())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals(
                    "application/json",
                    response.headers().firstValue("Content-Type").orElse(""));
        }
    }

    private URI uri(String path) {
        return URI.create(server.baseUri() + path);
    }
}
