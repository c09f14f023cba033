package dev.usersapi.repository.jdbc;

import java.sql.SQLException;

/** How an engine runs write transactions: one per call, or several calls in one. */
interface WritePath extends AutoCloseable {

    /**
     * Runs the work in a write transaction and returns once that transaction has committed.
     *
     * @throws SQLException what the work or the database threw; the work's changes are not in the
     *     database then
     */
    <T> T run(String action, Transactions.SqlWork<T> work) throws SQLException;

    /** Stops taking work; work already taken is finished. */
    @Override
    default void close() {}
}
