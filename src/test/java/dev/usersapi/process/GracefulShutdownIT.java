package dev.usersapi.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.support.ServerProcess;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM under load loses nothing: every request the server received is answered with a whole,
 * correct 200; once the stop began, new connections are refused; and the process exits with
 * status 0 within its shutdown grace.
 */
class GracefulShutdownIT {

    private static final int USERS = 50;
    private static final int CLIENTS = 8;
    private static final int GRACE_SECONDS = 5;
    private static final String KEY = "drain-test-key";

    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void sigtermUnderLoadAnswersEveryRequestItReceivedAndExitsZero() throws Exception {
        Path seed = writeBlockedUsers();
        ServerProcess server = ServerProcess.start(
                dir.resolve("server.log"),
                "--database-url",
                "jdbc:sqlite:" + dir.resolve("db/users.db"),
                "--seed",
                seed.toString(),
                "--api-key",
                KEY,
                "--shutdown-grace",
                String.valueOf(GRACE_SECONDS),
                // The load is one key's, faster than its default limit: this is about stopping, not throttling.
                "--key-rate-limit",
                "0");
        // One client shared by the threads, as an application would: its keep-alive connections are
        // reused by GETs and POSTs alike, so they race the server's closing them.
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean sigtermSent = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                var unused = clients.submit(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        boolean unblock = ThreadLocalRandom.current().nextBoolean();
                        String userId = "drain-" + ThreadLocalRandom.current().nextInt(USERS);
                        try {
                            HttpResponse<String> response = client.send(
                                    request(server.baseUri(), userId, unblock), HttpResponse.BodyHandlers.ofString());
                            String problem = checkAnswer(response, userId, unblock);
                            if (problem != null) {
                                failures.add(problem);
                            } else {
                                answered.incrementAndGet();
                            }
                        } catch (InterruptedException stop) {
                            return;
                        } catch (Exception failed) {
                            if (isConnectionRefused(failed) && sigtermSent.get()) {
                                refused.incrementAndGet();
                                return; // the server stopped accepting: nothing more to learn from this client
                            }
                            failures.add((unblock ? "POST " : "GET ") + userId + ": " + describe(failed));
                        }
                    }
                });
            }
            awaitLoad(answered, failures);

            sigtermSent.set(true);
            long sent = System.nanoTime();
            int status = server.terminate();
            long stoppedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);

            clients.shutdown();
            assertTrue(
                    clients.awaitTermination(30, TimeUnit.SECONDS),
                    "clients still running 30 s after the server stopped");
            assertTrue(
                    failures.isEmpty(),
                    failures.size() + " requests failed, e.g. "
                            + List.copyOf(failures).subList(0, Math.min(5, failures.size())));
            assertEquals(0, status, "exit status after SIGTERM; see " + dir.resolve("server.log"));
            assertTrue(stoppedMillis < (GRACE_SECONDS + 5) * 1_000L, "took " + stoppedMillis + " ms to stop");
            assertEquals(CLIENTS, refused.get(), "every client ends refused once the server stopped");
        } finally {
            clients.shutdownNow();
            server.close();
        }
    }

    private static HttpRequest request(URI base, String userId, boolean unblock) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base + "/api/users/" + userId + (unblock ? "/unblock" : "")))
                .header("X-API-KEY", KEY)
                .timeout(Duration.ofSeconds(20));
        return (unblock ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET()).build();
    }

    /** Null when the response is a whole, correct 200 for the user; else what is wrong with it. */
    private String checkAnswer(HttpResponse<String> response, String userId, boolean unblock) {
        String call = (unblock ? "POST " : "GET ") + userId;
        if (response.statusCode() != 200) {
            return call + ": status " + response.statusCode() + " " + response.body();
        }
        try {
            JsonNode user = mapper.readTree(response.body());
            if (!userId.equals(user.path("user_id").asText())) {
                return call + ": another user " + response.body();
            }
            if (unblock
                    && !(user.get("block_until").isNull()
                            && user.get("failure_count").asInt() == 0)) {
                return call + ": still blocked " + response.body();
            }
            return null;
        } catch (Exception truncated) {
            return call + ": unreadable body (" + truncated.getMessage() + ") " + response.body();
        }
    }

    private static void awaitLoad(AtomicInteger answered, Queue<String> failures) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (answered.get() < 1_000 && failures.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(failures.isEmpty(), "requests failed before SIGTERM: " + failures);
        assertTrue(answered.get() >= 200, "too little load to test: " + answered.get() + " requests answered");
    }

    private static boolean isConnectionRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(cause);
        }
        return text.toString();
    }

    private Path writeBlockedUsers() throws Exception {
        ObjectNode template = (ObjectNode) mapper.readTree(getClass().getResourceAsStream("/seed-example-user.json"));
        ArrayNode users = mapper.createArrayNode();
        for (int i = 0; i < USERS; i++) {
            users.add(template.deepCopy()
                    .put("user_id", "drain-" + i)
                    .put("block_until", 4_102_444_800L)
                    .put("failure_count", 5));
        }
        return Files.writeString(dir.resolve("seed.json"), users.toString());
    }
}
