package dev.usersapi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.auth.Scopes;
import dev.usersapi.http.throttling.ThrottleSettings;
import dev.usersapi.repository.jdbc.DatabaseSettings;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import dev.usersapi.support.TestStores;
import dev.usersapi.support.TestUsers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store on a disk that fills up: a real tmpfs of 2 MB, mounted for the test (the
 * build runs as root, as CI does). Unblocks get a prompt 503 with Retry-After, never a hang or a
 * 500; reads keep working; readiness says not ready; once space returns the server takes writes
 * again by itself; and after a restart the database is intact with every acknowledged unblock.
 */
class SqliteDiskFullTest {

    private static final String SECRET = "disk-full-writer";
    private static final int USERS = 40;

    @TempDir
    Path directory;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aFullDiskIsAPromptServiceUnavailableAndTheServerRecoversWhenSpaceReturns() throws Exception {
        Path mount = Files.createDirectories(directory.resolve("small-disk"));
        run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString());
        try {
            servedThroughAFullDisk(mount);
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private void servedThroughAFullDisk(Path mount) throws Exception {
        DatabaseSettings settings = TestStores.sqliteSettings(mount);
        ApiKeyRegistry keys = new ApiKeyRegistry(
                List.of(ApiKeyRegistry.key("writer", SECRET, Set.of(Scopes.USERS_READ, Scopes.USERS_WRITE))));
        List<String> acknowledged = new ArrayList<>();
        Path filler = mount.resolve("filler");
        try (RunningServer server = ServerAssembly.of(
                        new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5)).withThrottle(ThrottleSettings.OFF),
                        keys,
                        () -> JdbcUserRepository.open(settings))
                .start()) {
            for (int i = 0; i < USERS; i++) {
                server.repository()
                        .upsertAll(List.of(TestUsers.userWithId(userId(i))
                                .blockedUntil(TestUsers.FAR_FUTURE, 5)
                                .build()));
            }
            fillUp(filler);

            int refused = 0;
            for (int i = 0; i < USERS; i++) {
                HttpResponse<String> answer = unblock(server, userId(i), "full-" + i);
                if (answer.statusCode() == 200) {
                    acknowledged.add("full-" + i);
                } else {
                    assertEquals(503, answer.statusCode(), answer.body());
                    assertEquals(
                            "application/problem+json",
                            answer.headers().firstValue("Content-Type").orElse(""));
                    assertTrue(answer.headers().firstValue("Retry-After").isPresent());
                    refused++;
                }
            }
            assertTrue(refused > 0, "the disk never filled up");
            assertEquals(200, get(server, "/api/users/" + userId(0)).statusCode(), "reads go on");
            assertEquals(200, get(server, "/health/live").statusCode());
            assertEquals(503, get(server, "/health/ready").statusCode(), "not ready while writes fail");

            Files.delete(filler);
            assertEquals(200, get(server, "/health/ready").statusCode(), "ready again once there is space");
            HttpResponse<String> after = unblock(server, userId(USERS - 1), "after-space-returned");
            assertEquals(200, after.statusCode(), after.body());
            acknowledged.add("after-space-returned");
        }

        try (Connection plain = DriverManager.getConnection(settings.url());
                Statement statement = plain.createStatement();
                ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
            assertTrue(check.next());
            assertEquals("ok", check.getString(1));
        }
        try (JdbcUserRepository reopened = JdbcUserRepository.open(settings)) {
            List<String> recorded = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                reopened.auditEvents(userId(i)).stream()
                        .map(AuditEvent::requestId)
                        .forEach(recorded::add);
            }
            assertTrue(recorded.containsAll(acknowledged), "acknowledged " + acknowledged + ", recorded " + recorded);
        }
    }

    private static String userId(int i) {
        return "disk-full-" + i;
    }

    private HttpResponse<String> unblock(RunningServer server, String userId, String requestId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/api/users/" + userId + "/unblock"))
                .timeout(Duration.ofSeconds(10))
                .header("X-API-KEY", SECRET)
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(RunningServer server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("X-API-KEY", SECRET)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Writes to the file until the disk has no space left. */
    private static void fillUp(Path filler) {
        byte[] chunk = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 1_000; i++) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            return; // no space left: what the test wants
        }
        throw new IllegalStateException("16 MB fitted on a 2 MB disk: the tmpfs is not mounted");
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        assertEquals(
                0,
                process.exitValue(),
                String.join(" ", command) + " failed (this test mounts a tmpfs, " + "which needs root): " + output);
    }
}
