package dev.usersapi.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.support.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every unblock the server acknowledged on the embedded default database is still there after
 * the process is killed with SIGKILL, with no chance to flush or shut down.
 */
class CrashDurabilityIT {

    private static final int USERS = 300;
    private static final String KEY = "durability-test-key";

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void acknowledgedUnblocksSurviveAHardKill() throws Exception {
        Path seed = writeBlockedUsers();
        Path log = dir.resolve("server.log");
        // One key's burst of unblocks, which can pass its default limit on a fast machine: this test
        // is about durability, not throttling.
        String[] options = {
            "--database-url",
            "jdbc:sqlite:" + dir.resolve("db/users.db"),
            "--seed",
            seed.toString(),
            "--api-key",
            KEY,
            "--key-rate-limit",
            "0"
        };
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        ServerProcess first = ServerProcess.start(log, options);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                String userId = "durable-" + i;
                calls.add(clients.submit(() -> {
                    HttpResponse<String> response = client.send(
                            HttpRequest.newBuilder(URI.create(first.baseUri() + "/api/users/" + userId + "/unblock"))
                                    .header("X-API-KEY", KEY)
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        acknowledged.add(userId);
                    }
                    return null;
                }));
                if (i == USERS * 2 / 3) {
                    // Kill while unblocks are still in flight: only the acknowledged ones are promised.
                    calls.get(i - 1).get(30, TimeUnit.SECONDS);
                    first.kill();
                    break;
                }
            }
            for (Future<?> call : calls) {
                try {
                    call.get(30, TimeUnit.SECONDS);
                } catch (Exception cutOffByTheKill) {
                    // a request the kill interrupted was never acknowledged
                }
            }
        } finally {
            clients.shutdownNow();
            first.close();
        }
        assertTrue(
                acknowledged.size() >= USERS / 2, "too few unblocks were acknowledged to test: " + acknowledged.size());

        try (ServerProcess second = ServerProcess.start(log, options)) {
            for (String userId : acknowledged) {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(second.baseUri() + "/api/users/" + userId))
                                .header("X-API-KEY", KEY)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), userId);
                JsonNode user = mapper.readTree(response.body());
                assertTrue(user.get("block_until").isNull(), userId + " lost its unblock: " + user);
                assertEquals(0, user.get("failure_count").asInt(), userId + " lost its unblock: " + user);
            }
        }
    }

    private Path writeBlockedUsers() throws Exception {
        ObjectNode template = (ObjectNode) mapper.readTree(getClass().getResourceAsStream("/seed-example-user.json"));
        ArrayNode users = mapper.createArrayNode();
        for (int i = 0; i < USERS; i++) {
            users.add(template.deepCopy()
                    .put("user_id", "durable-" + i)
                    .put("block_until", 4_102_444_800L)
                    .put("failure_count", 5));
        }
        return Files.writeString(dir.resolve("seed.json"), users.toString());
    }
}
