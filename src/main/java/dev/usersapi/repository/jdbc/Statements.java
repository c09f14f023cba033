package dev.usersapi.repository.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the store's prepared statements come from: made for each call and closed after it, or,
 * for an engine whose driver parses every statement it is given again, kept per connection.
 */
abstract sealed class Statements permits Statements.PerCall, Statements.PerConnection {

    /** Statements made for each call (PostgreSQL's driver keeps its own per connection). */
    static Statements perCall() {
        return new PerCall();
    }

    /**
     * Statements prepared once per physical connection and kept with it. SQLite's driver compiles
     * each statement it is given into a program again, which cost more than running the program
     * for the store's small statements.
     */
    static Statements perConnection() {
        return new PerConnection();
    }

    /** The statement for {@code sql} on this connection; give it back with {@link #release}. */
    abstract PreparedStatement prepare(Connection connection, String sql) throws SQLException;

    /** Ends the caller's use of a statement from {@link #prepare}. */
    abstract void release(PreparedStatement statement) throws SQLException;

    static final class PerCall extends Statements {
        @Override
        PreparedStatement prepare(Connection connection, String sql) throws SQLException {
            return connection.prepareStatement(sql);
        }

        @Override
        void release(PreparedStatement statement) throws SQLException {
            statement.close();
        }
    }

    static final class PerConnection extends Statements {

        /**
         * By physical connection, compared by identity and held weakly: the statements go when the
         * pool retires the connection. A connection serves one thread at a time, and the pool's
         * hand-over orders the next thread after the last, so the inner maps need no lock.
         */
        private final Cache<Connection, Map<String, PreparedStatement>> byConnection =
                Caffeine.newBuilder().weakKeys().build();

        @Override
        PreparedStatement prepare(Connection connection, String sql) throws SQLException {
            // The pool's proxy closes the statements made through it when the connection goes
            // back; the physical connection's own are left alone.
            Connection physical = connection.unwrap(Connection.class);
            Map<String, PreparedStatement> statements = byConnection.get(physical, key -> new HashMap<>());
            PreparedStatement statement = statements.get(sql);
            if (statement == null || statement.isClosed()) {
                statement = physical.prepareStatement(sql);
                statements.put(sql, statement);
            }
            return statement;
        }

        @Override
        void release(PreparedStatement statement) throws SQLException {
            statement.clearParameters();
        }
    }
}
