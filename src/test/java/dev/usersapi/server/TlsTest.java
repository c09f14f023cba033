package dev.usersapi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.repository.InMemoryUserRepository;
import dev.usersapi.support.TestKeystores;
import dev.usersapi.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a keystore the server speaks HTTPS only, with the keystore's certificate, and keeps its
 * protocol-level fixes (problem documents for requests Grizzly refuses) on the TLS listener.
 */
class TlsTest {

    private static final String KEY = "tls-test-key";
    private static final String PASSWORD = "test-keystore-password";

    @TempDir
    static Path dir;

    private static final InMemoryUserRepository repository = new InMemoryUserRepository();
    private static TestKeystores.Generated keystore;
    private static RunningServer server;
    private static String userId;

    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void startWithTls() throws Exception {
        keystore = TestKeystores.selfSigned(dir, PASSWORD);
        userId = TestUsers.user("tls").build().userId();
        repository.upsertAll(List.of(TestUsers.userWithId(userId)
                .blockedUntil(TestUsers.FAR_FUTURE, 5)
                .build()));
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5))
                .withTls(TlsSettings.fromPkcs12(keystore.keystore(), PASSWORD.toCharArray()));
        server = ServerAssembly.of(
                        settings, new ApiKeyRegistry(List.of(ApiKeyRegistry.developmentKey(KEY))), () -> repository)
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theBaseUriIsHttps() {
        assertEquals("https", server.baseUri().getScheme());
    }

    @Test
    void aClientTrustingOnlyTheCertificateGetsAUserOverTls() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().sslContext(keystore.trustingOnlyIt()).build();

        HttpResponse<String> response = client.send(getUser(server.baseUri()), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode user = mapper.readTree(response.body());
        assertEquals(userId, user.get("user_id").asText());
        assertEquals(5, user.get("failure_count").asInt());
        String protocol = response.sslSession().orElseThrow().getProtocol();
        assertTrue(Set.of("TLSv1.3", "TLSv1.2").contains(protocol), protocol);
    }

    @Test
    void anUnblockOverTlsWorksToo() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().sslContext(keystore.trustingOnlyIt()).build();
        String id = repositoryUser("tls-unblock");

        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/users/" + id + "/unblock"))
                        .header("X-API-KEY", KEY)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(mapper.readTree(response.body()).get("block_until").isNull(), response.body());
    }

    @Test
    void plainHttpToTheSamePortGetsNoAnswer() {
        URI plain = URI.create("http://127.0.0.1:" + server.baseUri().getPort());
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = client.send(getUser(plain), HttpResponse.BodyHandlers.ofString());
            assertNotEquals(200, response.statusCode(), response.body());
        } catch (IOException | InterruptedException refused) {
            // the TLS listener closes the connection: what a plain-HTTP client should get
        }
    }

    @Test
    void aClientWithTheDefaultTrustStoreFailsTheHandshake() {
        HttpClient client = HttpClient.newHttpClient();

        IOException failure = assertThrows(
                IOException.class, () -> client.send(getUser(server.baseUri()), HttpResponse.BodyHandlers.ofString()));

        assertTrue(
                failure instanceof SSLHandshakeException || failure.getCause() instanceof SSLHandshakeException,
                failure::toString);
    }

    @Test
    void aMalformedUriOverTlsIsStillAProblemDocument() throws Exception {
        String response = exchangeOverTls("GET /api/users/%zz HTTP/1.1\r\nHost: localhost\r\nX-API-KEY: " + KEY
                + "\r\nConnection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("Content-Type: application/problem+json"), response);
        assertTrue(response.contains("\"status\":400"), response);
    }

    @Test
    void anUnsupportedHttpVersionOverTlsIsStillAProblemDocument() throws Exception {
        String response = exchangeOverTls("GET /api/users/someone HTTP/9.9\r\nHost: localhost\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 505"), response);
        assertTrue(response.contains("\"status\":505"), response);
    }

    private String exchangeOverTls(String request) throws Exception {
        SSLContext context = keystore.trustingOnlyIt();
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory()
                .createSocket(server.baseUri().getHost(), server.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(received);
            } catch (IOException closedWithoutCloseNotify) {
                // the response is in; some closes skip TLS close_notify
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static String repositoryUser(String prefix) {
        var account =
                TestUsers.user(prefix).blockedUntil(TestUsers.FAR_FUTURE, 5).build();
        repository.upsertAll(List.of(account));
        return account.userId();
    }

    private static HttpRequest getUser(URI base) {
        return HttpRequest.newBuilder(URI.create(base + "/api/users/" + userId))
                .header("X-API-KEY", KEY)
                .timeout(Duration.ofSeconds(10))
                .build();
    }
}
