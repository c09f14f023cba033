package dev.usersapi.support;

import dev.usersapi.repository.InMemoryUserRepository;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.repository.jdbc.DatabaseSettings;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh stores of each kind for the tests: each call opens a new, empty one. */
public final class TestStores {

    private TestStores() {}

    /** The memory store, keeping every audit event. */
    public static UserRepository memory() {
        return new InMemoryUserRepository();
    }

    /** A SQLite file in a new temporary directory, with the server's default settings. */
    public static UserRepository sqlite() {
        return JdbcUserRepository.open(sqliteSettings(temporaryDirectory()));
    }

    /** The server's default SQLite settings, for a database file in this directory. */
    public static DatabaseSettings sqliteSettings(Path directory) {
        return new DatabaseSettings("jdbc:sqlite:" + directory.resolve("users.db"), null, null);
    }

    /** A new database on the embedded PostgreSQL. */
    public static UserRepository postgres() {
        return JdbcUserRepository.open(EmbeddedPostgresDatabases.createDatabase("http"));
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("users-test-store");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
