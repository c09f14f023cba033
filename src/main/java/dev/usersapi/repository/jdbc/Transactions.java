package dev.usersapi.repository.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a pooled connection; the pool restores auto-commit afterwards. */
final class Transactions {

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {}

    /** Commits what {@code work} did when it returns, rolls it back when it throws. */
    static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        boolean committed = false;
        try {
            T result = work.run(connection);
            connection.commit();
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly(connection);
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException ignored) {
            // The original failure matters; a broken connection is evicted by the pool.
        }
    }
}
