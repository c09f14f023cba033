package dev.usersapi.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server jar run as its own process, the way an operator runs it, for tests that
 * must kill or restart it.
 */
public final class ServerProcess implements AutoCloseable {

    private static final String READY = "Users API server listening on ";

    private final Process process;
    private final URI baseUri;

    private ServerProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /** Starts the jar with the options and waits until it listens (on a free port unless told otherwise). */
    public static ServerProcess start(Path logFile, String... options) throws IOException, InterruptedException {
        return start(logFile, List.of(), options);
    }

    /** Starts the jar in a JVM with the given options, and waits until it listens. */
    public static ServerProcess start(Path logFile, List<String> jvmOptions, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--port", "0"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(READY)) {
                        return line.substring(READY.length()).trim();
                    }
                }
                return null;
            } catch (IOException closed) {
                return null;
            }
        });
        try {
            String uri = ready.get(60, TimeUnit.SECONDS);
            if (uri == null) {
                throw new IllegalStateException("the server exited before listening; see " + logFile);
            }
            return new ServerProcess(process, URI.create(uri));
        } catch (Exception notReady) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the server did not start; see " + logFile, notReady);
        }
    }

    /** The packaged server, which process tests run after 'package'. */
    public static Path jar() {
        Path jar = Path.of("target", "users-api-server.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: process tests run after 'package' (mvn verify)");
        }
        return jar;
    }

    /** The java launcher of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public URI baseUri() {
        return baseUri;
    }

    /** Kills the process the hard way (SIGKILL): no shutdown hooks, no flushing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Asks the process to stop (SIGTERM) and returns its exit status. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the server did not stop within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
