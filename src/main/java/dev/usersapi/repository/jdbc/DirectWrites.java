package dev.usersapi.repository.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One transaction per call, on a connection of its own, all running at once: for engines that
 * lock rows (PostgreSQL), where writers of different users never wait for each other.
 */
final class DirectWrites implements WritePath {

    private final DataSource dataSource;

    DirectWrites(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T run(String action, Transactions.SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return Transactions.inTransaction(connection, work);
        }
    }
}
