package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.support.ServerProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every unblock the store acknowledged is in the database after the process that made it is
 * killed with SIGKILL: a child JVM ({@link CrashWriter}) unblocks on four threads and reports each
 * acknowledged call; once it has acknowledged plenty, it is killed mid-stream, and the database is
 * opened again. One subclass per store and durability setting.
 */
abstract class KillDurabilityTest {

    private static final long ENOUGH_ACKS = 2_000;

    @TempDir
    Path directory;

    /** The database the writer writes to and the test reads back, in this empty directory. */
    abstract DatabaseSettings settings(Path directory);

    @Test
    void acknowledgedUnblocksSurviveKillDashNine() throws Exception {
        DatabaseSettings settings = settings(directory);
        Process child = new ProcessBuilder(
                        ServerProcess.java(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dlogback.configurationFile=logback-test.xml",
                        CrashWriter.class.getName(),
                        settings.url(),
                        String.valueOf(settings.user()),
                        settings.durability().name())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<String, AtomicLong> acknowledged = new ConcurrentHashMap<>();
        AtomicLong total = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] parts = line.split(" ", -1);
                    if (parts.length == 3 && parts[0].equals("ack")) {
                        acknowledged
                                .computeIfAbsent(parts[1], id -> new AtomicLong())
                                .accumulateAndGet(Long.parseLong(parts[2]), Math::max);
                        total.incrementAndGet();
                    }
                }
            } catch (Exception ignored) {
                // the pipe closes when the child dies
            }
        });
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (total.get() < ENOUGH_ACKS && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(child.isAlive(), "the writer died before it was killed");
            assertTrue(total.get() >= ENOUGH_ACKS, "the writer acknowledged only " + total.get() + " unblocks");
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush, no close
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        try (JdbcUserRepository reopened = JdbcUserRepository.open(settings)) {
            assertEquals(CrashWriter.THREADS, acknowledged.size());
            acknowledged.forEach((userId, count) -> {
                List<AuditEvent> events = reopened.auditEvents(userId);
                assertTrue(
                        events.size() >= count.get(),
                        userId + ": " + count.get() + " unblocks acknowledged, " + events.size() + " survived");
                // The events that survived are a prefix of what was written: 1, 2, 3, ... in order.
                for (int i = 0; i < events.size(); i++) {
                    assertEquals("request-" + (i + 1), events.get(i).requestId());
                }
            });
        }
    }
}
