package dev.usersapi.cli;

import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.auth.Scopes;
import dev.usersapi.http.throttling.ThrottleSettings;
import dev.usersapi.importing.UserSource;
import dev.usersapi.repository.jdbc.DatabaseSettings;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import dev.usersapi.server.RunningServer;
import dev.usersapi.server.ServerAssembly;
import dev.usersapi.server.ServerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A short, representative life of a server, for the JVM to learn from: the class archive (CDS) or
 * AOT cache the JVM writes at the end of this run lets later starts skip most of their class
 * loading. It starts a server on a throwaway embedded database with the demo users, sends it the
 * requests a server answers (each status of the contract, health, metrics, docs), checks every
 * status, stops the server and deletes the database.
 */
@Command(
        name = "training-run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a throwaway server on a temporary embedded database, sends it " + TrainingRunCommand.ROUNDS
                    + " rounds of representative requests, checks each answer's status, and exits with 0. "
                    + "Nothing outside a temporary directory is touched.",
            "Run it once per build and JVM with -XX:ArchiveClassesAtExit=FILE (Java 17 to 24) or "
                    + "-XX:AOTCacheOutput=FILE (Java 25 and later), then start the server with "
                    + "-XX:SharedArchiveFile=FILE or -XX:AOTCache=FILE: it starts in about half the time."
        })
public final class TrainingRunCommand implements Callable<Integer> {

    /** Enough for the JVM to see which methods are hot, few enough to take a few seconds. */
    static final int ROUNDS = 20;

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final String DEMO_USERS = "/demo/users.json";
    private static final String BLOCKED_USER = "alice-locked-out";
    private static final String UNBLOCKED_USER = "dave-not-blocked";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        Path directory = Files.createTempDirectory("users-api-training-");
        try {
            int checked = serveAndCall(directory);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Training run: %d answers as the contract says, in %.1f s%n",
                            checked, (System.nanoTime() - started) / 1e9);
            return 0;
        } finally {
            deleteRecursively(directory);
        }
    }

    private int serveAndCall(Path directory) throws IOException {
        String writerSecret = randomSecret();
        String readerSecret = randomSecret();
        ApiKeyRegistry keys = new ApiKeyRegistry(List.of(
                ApiKeyRegistry.key(
                        "training-writer",
                        writerSecret,
                        Set.of(Scopes.USERS_READ, Scopes.USERS_WRITE, Scopes.LOGS_READ)),
                ApiKeyRegistry.key("training-reader", readerSecret, Set.of(Scopes.USERS_READ))));
        String url = "jdbc:sqlite:" + directory.resolve("users.db").toAbsolutePath();
        // The run fires its rounds as fast as it can, 401s included, from one address: limits it
        // never reaches, rather than none, so the throttling classes are in the archive too.
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5))
                .withThrottle(new ThrottleSettings(ThrottleSettings.MAX_LIMIT, ThrottleSettings.MAX_LIMIT));
        try (RunningServer server = ServerAssembly.of(
                        settings, keys, () -> JdbcUserRepository.open(new DatabaseSettings(url, null, null)))
                .seededFrom(UserSource.classPathResource(TrainingRunCommand.class, DEMO_USERS))
                .start()) {
            Calls calls = new Calls(server.baseUri(), writerSecret, readerSecret);
            for (int round = 0; round < ROUNDS; round++) {
                calls.oneRound();
            }
            return calls.checked;
        }
    }

    /**
     * The requests of one round, each with the status the contract gives it. They go through
     * {@link HttpURLConnection} rather than {@code java.net.http.HttpClient}: the archive holds every
     * class the run loads, and the newer client loads some 600 (TLS among them) that the server never
     * needs, each of which would then be mapped and loaded at every start.
     */
    private static final class Calls {

        private final URI base;
        private final String writer;
        private final String reader;
        private int checked;

        Calls(URI base, String writer, String reader) {
            this.base = base;
            this.writer = writer;
            this.reader = reader;
        }

        void oneRound() throws IOException {
            expect(200, "GET", "/health/live", null);
            expect(200, "GET", "/health/ready", null);
            expect(200, "GET", "/api/users/" + BLOCKED_USER, reader);
            expect(200, "POST", "/api/users/" + BLOCKED_USER + "/unblock", writer);
            expect(200, "POST", "/api/users/" + UNBLOCKED_USER + "/unblock", writer);
            expect(401, "GET", "/api/users/" + UNBLOCKED_USER, null);
            expect(401, "GET", "/api/users/" + UNBLOCKED_USER, "not-a-key");
            expect(403, "POST", "/api/users/" + UNBLOCKED_USER + "/unblock", reader);
            expect(404, "GET", "/api/users/nobody-by-this-id", reader);
            expect(422, "GET", "/api/users/not%20an%20id", reader);
            expect(200, "GET", "/api/users?filter=block_until:%3Enow&sort=failure_count:-1&size=5", reader);
            expect(200, "GET", "/api/users?filter=user_id:" + BLOCKED_USER, reader);
            expect(422, "GET", "/api/users?filter=disabled:true%20OR%20disabled:false", reader);
            // No user is ever at version 0, so this conditional unblock is refused.
            expect(412, "POST", "/api/users/" + UNBLOCKED_USER + "/unblock", writer, "\"0\"");
            expect(200, "GET", "/api/users/" + BLOCKED_USER + "/blocked_ips?sort=block_until:-1", reader);
            expect(
                    200,
                    "POST",
                    "/api/users/" + BLOCKED_USER + "/blocked_ips/unblock",
                    writer,
                    null,
                    "{\"ip_address\":\"all\"}");
            expect(
                    422,
                    "POST",
                    "/api/users/" + BLOCKED_USER + "/blocked_ips/unblock",
                    writer,
                    null,
                    "{\"ip_address\":\"x\"}");
            expect(200, "GET", "/api/logs?filter=user_id:" + BLOCKED_USER + "&size=5", writer);
            expect(404, "GET", "/api/logs/00000000-0000-7000-8000-000000000000", writer);
            expect(200, "GET", "/metrics", null);
            expect(200, "GET", "/openapi.yaml", null);
            expect(200, "GET", "/docs/", null);
        }

        private void expect(int status, String method, String path, String key) throws IOException {
            expect(status, method, path, key, null, null);
        }

        private void expect(int status, String method, String path, String key, String ifMatch) throws IOException {
            expect(status, method, path, key, ifMatch, null);
        }

        private void expect(int status, String method, String path, String key, String ifMatch, String json)
                throws IOException {
            HttpURLConnection connection =
                    (HttpURLConnection) base.resolve(path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            if (key != null) {
                connection.setRequestProperty("X-API-KEY", key);
            }
            if (ifMatch != null) {
                connection.setRequestProperty("If-Match", ifMatch);
            }
            if (json != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream body = connection.getOutputStream()) {
                    body.write(json.getBytes(StandardCharsets.UTF_8));
                }
            }
            int answered = connection.getResponseCode();
            // Reading the body to its end lets the connection be kept alive for the next request.
            try (InputStream body = answered < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            if (answered != status) {
                throw new IllegalStateException(
                        "training run: " + method + " " + path + " answered " + answered + ", not " + status);
            }
            checked++;
        }
    }

    private static String randomSecret() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        }
    }
}
