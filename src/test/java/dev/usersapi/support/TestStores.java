package dev.usersapi.support;

import dev.usersapi.repository.InMemoryUserRepository;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.repository.jdbc.DatabaseSettings;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Supplier;

/**
 * The store the HTTP tests run on, chosen by the system property {@code test.store}:
 * {@code memory} (the default), {@code postgres} (a fresh database on the embedded PostgreSQL)
 * or {@code h2} (a fresh file database). The build runs the HTTP tests on memory and again on
 * PostgreSQL.
 */
final class TestStores {

    private TestStores() {}

    static Supplier<UserRepository> fromSystemProperty() {
        String store = System.getProperty("test.store", "memory");
        return switch (store) {
            case "memory" -> InMemoryUserRepository::new;
            case "postgres" -> () -> JdbcUserRepository.open(EmbeddedPostgresDatabases.createDatabase("http"));
            case "h2" ->
                () -> JdbcUserRepository.open(
                        new DatabaseSettings("jdbc:h2:file:" + temporaryDirectory() + "/users", null, null));
            default -> throw new IllegalArgumentException("test.store must be memory, postgres or h2, not " + store);
        };
    }

    private static String temporaryDirectory() {
        try {
            return Files.createTempDirectory("users-http-test").toString();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
