package dev.usersapi.server;

import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.repository.StoreUnavailableException;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import dev.usersapi.support.TestStores;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A SQLite database file moved or deleted while the server has it open: SQLite would go on
 * committing into the file it has open, and everything written from then on would be missing at
 * the next start. Writes are refused promptly instead, reads go on, readiness says not ready, and
 * all is well again once the file is back.
 */
class SqliteMovedFileTest {

    private static final Path DIRECTORY = temporaryDirectory();

    @RegisterExtension
    static final UsersApiServerExtension server =
            UsersApiServerExtension.with(() -> JdbcUserRepository.open(TestStores.sqliteSettings(DIRECTORY)));

    @Test
    void writesWaitForTheFileToComeBack() throws IOException {
        String id = server.store(user("file-moves").blockedUntil(FAR_FUTURE, 5).build());
        Path file = DIRECTORY.resolve("users.db");
        Path aside = DIRECTORY.resolve("users.db.aside");

        Files.move(file, aside);
        try {
            Response refused = server.asWriter().post("/api/users/{id}/unblock", id);
            assertEquals(503, refused.statusCode(), refused.asString());
            assertEquals("application/problem+json", refused.contentType());
            assertNotNull(refused.header("Retry-After"));
            assertTrue(refused.timeIn(TimeUnit.MILLISECONDS) < 1_000, "took " + refused.time() + " ms");

            server.asReader().get("/api/users/{id}", id).then().statusCode(200);
            server.anonymous().get("/health/ready").then().statusCode(503);
            assertFalse(Files.exists(file), "the server started a new database where the file was");
        } finally {
            Files.move(aside, file);
        }

        server.anonymous().get("/health/ready").then().statusCode(200);
        server.asWriter().post("/api/users/{id}/unblock", id).then().statusCode(200);
        assertEquals(1, server.repository().auditEvents(id).size());
    }

    @Test
    void aDeletedFileIsNeverWrittenAgain() throws IOException {
        // A store of its own, apart from the server's, whose file the other test puts back.
        Path directory = Files.createTempDirectory("users-deleted-file");
        try (JdbcUserRepository repository = JdbcUserRepository.open(TestStores.sqliteSettings(directory))) {
            repository.upsertAll(List.of(user("file-deleted").build()));
            Files.delete(directory.resolve("users.db"));

            StoreUnavailableException refused = assertThrows(
                    StoreUnavailableException.class,
                    () -> repository.upsertAll(List.of(user("after-delete").build())));
            assertTrue(refused.getMessage().contains("moved or deleted"), refused.getMessage());
            assertFalse(repository.isAvailable(), "ready with its file gone");
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("users-moved-file");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
