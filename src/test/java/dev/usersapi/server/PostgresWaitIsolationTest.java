package dev.usersapi.server;

import dev.usersapi.repository.jdbc.DatabaseSettings;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import dev.usersapi.support.EmbeddedPostgresDatabases;
import dev.usersapi.support.UsersApiServerExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * While another client holds the row lock of the user being unblocked: every write connection
 * waits on it, and reads of other users still have connections of their own.
 */
class PostgresWaitIsolationTest extends DatabaseWaitIsolationSuite {

    /** A lock wait gives up after 2 s (the socket timeout less one second), as a statement does. */
    private static final DatabaseSettings DATABASE = EmbeddedPostgresDatabases.createDatabase(
                    PostgresWaitIsolationTest.class)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.with(() -> JdbcUserRepository.open(DATABASE));

    @Override
    UsersApiServerExtension server() {
        return server;
    }

    @Override
    Connection holdLockOn(String userId) throws SQLException {
        Connection connection = DriverManager.getConnection(DATABASE.url(), DATABASE.user(), DATABASE.password());
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("SELECT 1 FROM users WHERE user_id = ? FOR UPDATE")) {
            lock.setString(1, userId);
            lock.executeQuery().close();
        }
        return connection;
    }
}
