package dev.usersapi.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.support.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive as the README tells operators to make it: a training run writes a class
 * archive for the JVM at hand, and a server started with it uses it. The JVM is told to insist on
 * the archive, so an archive it cannot use fails the start instead of being passed over.
 */
class StartupArchiveIT {

    private static final Pattern TRAINED = Pattern.compile("Training run: (\\d+) answers as the contract says");

    @TempDir
    Path dir;

    @Test
    void aTrainingRunWritesAnArchiveThatTheServerStartsWith() throws Exception {
        Path archive = dir.resolve("users-api-server.archive");
        boolean aotCache = Runtime.version().feature() >= 25;

        Path loaded = dir.resolve("training-classes.log");
        Process training = new ProcessBuilder(
                        ServerProcess.java(),
                        (aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive,
                        "-Xlog:class+load=info:file=" + loaded,
                        "-jar",
                        ServerProcess.jar().toString(),
                        "training-run")
                .directory(dir.toFile())
                .redirectError(dir.resolve("training.log").toFile())
                .start();
        String out = new String(training.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(training.waitFor(120, TimeUnit.SECONDS), "the training run did not end");
        assertEquals(0, training.exitValue(), "training run: " + out + Files.readString(dir.resolve("training.log")));
        assertTrue(TRAINED.matcher(out).find(), out);
        assertTrue(Files.size(archive) > 1_000_000, "archive of " + Files.size(archive) + " bytes");
        // Every class the run loads is archived and, with an AOT cache, loaded at every start: the
        // run's own client must not bring in a second HTTP stack with TLS that the server never uses.
        List<String> clientOnly = Files.readAllLines(loaded).stream()
                .filter(line -> line.contains(" java.net.http.") || line.contains(" sun.security.ssl."))
                .toList();
        assertEquals(List.of(), clientOnly);

        Path log = dir.resolve("server.log");
        List<String> useArchive = aotCache
                ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + archive)
                : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive);
        try (ServerProcess server = ServerProcess.start(log, useArchive, "--store", "memory", "--api-key", "k")) {
            assertEquals(200, get(server.baseUri().resolve("/health/ready")));
            assertEquals(0, server.terminate());
        }
        String serverLog = Files.readString(log);
        assertTrue(
                !serverLog.contains("WARN") && !serverLog.contains("ERROR") && !serverLog.contains("[warning]"),
                serverLog);
    }

    private static int get(URI uri) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
