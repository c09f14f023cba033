package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.StoreUnavailableException;
import dev.usersapi.support.TestStores;
import dev.usersapi.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A SQLite database on a file system mounted read-only (a real read-only bind mount, made for the
 * test, which needs root): the store refuses to open within its connection timeout, with SQLite's
 * reason and the file's place, rather than hang or serve a database it cannot keep; the file is
 * intact, and opens as before once the mount is writable. (A file system that turns read-only
 * under a running server cannot be made here: the kernel refuses to remount a file system
 * read-only while a file on it is open for writing.)
 */
class SqliteReadOnlyTest {

    @Test
    void aReadOnlyDatabaseIsRefusedAtOnceAndLeftIntact() throws Exception {
        Path writable = Files.createTempDirectory("users-read-write");
        Path readOnly = Files.createTempDirectory("users-read-only");
        UserAccount user = TestUsers.user("read-only").build();
        try (JdbcUserRepository repository = JdbcUserRepository.open(TestStores.sqliteSettings(writable))) {
            repository.upsertAll(List.of(user));
        }

        run("mount", "--bind", writable.toString(), readOnly.toString());
        try {
            run("mount", "-o", "remount,ro,bind", readOnly.toString());
            long started = System.nanoTime();
            StoreUnavailableException refused = assertThrows(
                    StoreUnavailableException.class,
                    () -> JdbcUserRepository.open(TestStores.sqliteSettings(readOnly))
                            .close());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(millis < 5_000, "took " + millis + " ms");
            assertTrue(refused.getMessage().contains(readOnly.toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("SQLITE_CANTOPEN"), refused.getMessage());
        } finally {
            run("umount", "-l", readOnly.toString());
        }

        try (JdbcUserRepository repository = JdbcUserRepository.open(TestStores.sqliteSettings(writable))) {
            assertEquals(
                    user.lockout(), repository.find(user.userId()).orElseThrow().lockout());
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        assertEquals(
                0,
                process.exitValue(),
                String.join(" ", command) + " failed (this test mounts, which needs root): " + output);
    }
}
