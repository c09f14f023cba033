package dev.usersapi.repository.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs work in one transaction on a pooled connection. */
final class Transactions {

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {}

    /**
     * Commits what {@code work} did when it returns, rolls it back when it throws. With a
     * {@code begin} statement the transaction is opened and closed by SQL on a connection left in
     * auto-commit mode; without one, by the driver ({@code setAutoCommit(false)}, {@code commit()};
     * the pool restores auto-commit afterwards).
     */
    static <T> T inTransaction(Connection connection, String begin, SqlWork<T> work) throws SQLException {
        if (begin == null) {
            return driverManaged(connection, work);
        }
        try (Statement control = connection.createStatement()) {
            control.execute(begin);
            boolean committed = false;
            try {
                T result = work.run(connection);
                control.execute("COMMIT");
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    // The engine may have rolled back by itself already (a full disk, say).
                    rollbackQuietly(control);
                }
            }
        }
    }

    private static <T> T driverManaged(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        boolean committed = false;
        try {
            T result = work.run(connection);
            connection.commit();
            committed = true;
            return result;
        } finally {
            if (!committed) {
                try {
                    connection.rollback();
                } catch (SQLException | RuntimeException ignored) {
                    // The original failure matters; a broken connection is evicted by the pool.
                }
            }
        }
    }

    private static void rollbackQuietly(Statement control) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException | RuntimeException ignored) {
            // Nothing was open any more, or the connection is broken: the original failure matters.
        }
    }
}
