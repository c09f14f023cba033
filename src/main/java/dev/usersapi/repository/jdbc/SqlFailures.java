package dev.usersapi.repository.jdbc;

import dev.usersapi.repository.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Sorts SQL failures into "the store is unavailable" and everything else, for one engine. */
final class SqlFailures {

    private final Dialect dialect;

    SqlFailures(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The unchecked exception for a failed call; {@code action} says what was attempted. */
    RuntimeException translate(String action, SQLException failure) {
        if (isUnavailable(failure)) {
            return new StoreUnavailableException(
                    "database unavailable while trying to " + action + ": " + failure.getMessage(), failure);
        }
        return new DatabaseAccessException(
                "database error while trying to " + action + ": " + failure.getMessage(), failure);
    }

    /**
     * Whether the failure, or anything that caused it, says the database could not be reached,
     * the connection was lost, the pool had no connection to give in time, or the engine cannot
     * be used now (a full disk, a timeout): a failure after which the call changed nothing and a
     * later retry may succeed.
     */
    boolean isUnavailable(Throwable failure) {
        return anyInChain(failure, this::isConnectionFailure);
    }

    /** Whether the failure, or anything that caused it, says the database refuses writes for now. */
    boolean refusesWrites(Throwable failure) {
        return anyInChain(failure, dialect::refusesWrites);
    }

    private boolean isConnectionFailure(SQLException failure) {
        if (failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = failure.getSQLState();
        return (state != null && state.startsWith("08")) || dialect.isUnavailable(failure);
    }

    /** Whether a SQL failure in the chain of causes and next exceptions matches; each visited once. */
    private static boolean anyInChain(Throwable failure, Predicate<SQLException> test) {
        return anyInChain(failure, test, new IdentityHashMap<>());
    }

    private static boolean anyInChain(Throwable failure, Predicate<SQLException> test, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return false;
        }
        if (failure instanceof SQLException sql && (test.test(sql) || anyInChain(sql.getNextException(), test, seen))) {
            return true;
        }
        return anyInChain(failure.getCause(), test, seen);
    }
}
