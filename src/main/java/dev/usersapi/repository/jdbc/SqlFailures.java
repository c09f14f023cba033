package dev.usersapi.repository.jdbc;

import dev.usersapi.repository.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

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
        return isUnavailable(failure, new IdentityHashMap<>());
    }

    /** Whether the failure, or anything that caused it, says the database refuses writes for now. */
    boolean refusesWrites(Throwable failure) {
        return refusesWrites(failure, new IdentityHashMap<>());
    }

    private boolean refusesWrites(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return false;
        }
        if (failure instanceof SQLException sql
                && (dialect.refusesWrites(sql) || refusesWrites(sql.getNextException(), seen))) {
            return true;
        }
        return refusesWrites(failure.getCause(), seen);
    }

    private boolean isUnavailable(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return false;
        }
        if (failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if ((state != null && state.startsWith("08")) || dialect.isUnavailable(sql)) {
                return true;
            }
            if (isUnavailable(sql.getNextException(), seen)) {
                return true;
            }
        }
        return isUnavailable(failure.getCause(), seen);
    }
}
