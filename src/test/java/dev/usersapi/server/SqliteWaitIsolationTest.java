package dev.usersapi.server;

import dev.usersapi.repository.jdbc.JdbcUserRepository;
import dev.usersapi.support.TestStores;
import dev.usersapi.support.UsersApiServerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** While another process (a backup, the sqlite3 shell) holds SQLite's write lock. */
class SqliteWaitIsolationTest extends DatabaseWaitIsolationSuite {

    private static final Path DIRECTORY = temporaryDirectory();

    @RegisterExtension
    static final UsersApiServerExtension server =
            UsersApiServerExtension.with(() -> JdbcUserRepository.open(TestStores.sqliteSettings(DIRECTORY)));

    @Override
    UsersApiServerExtension server() {
        return server;
    }

    /** The whole database's write lock: SQLite has no other. */
    @Override
    Connection holdLockOn(String userId) throws SQLException {
        Connection connection =
                DriverManager.getConnection(TestStores.sqliteSettings(DIRECTORY).url());
        connection.setAutoCommit(false);
        try (PreparedStatement write =
                connection.prepareStatement("UPDATE users SET failure_count = failure_count WHERE user_id = ?")) {
            write.setString(1, userId);
            write.executeUpdate();
        }
        return connection;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("users-wait-isolation");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
