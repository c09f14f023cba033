package dev.usersapi.repository.jdbc;

import dev.usersapi.repository.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** Sorts SQL failures into "the store is unavailable" and everything else. */
final class SqlFailures {

    /** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (class 08 is handled as a class). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
    /** H2: DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN. */
    private static final Set<Integer> H2_UNAVAILABLE_CODES = Set.of(90098, 90121);

    private SqlFailures() {}

    /** The unchecked exception for a failed call; {@code action} says what was attempted. */
    static RuntimeException translate(String action, SQLException failure) {
        if (isUnavailable(failure)) {
            return new StoreUnavailableException(
                    "database unavailable while trying to " + action + ": " + failure.getMessage(), failure);
        }
        return new DatabaseAccessException(
                "database error while trying to " + action + ": " + failure.getMessage(), failure);
    }

    /**
     * Whether the failure, or anything that caused it, says the database could not be reached,
     * the connection was lost, or the pool had no connection to give in time.
     */
    static boolean isUnavailable(Throwable failure) {
        IdentityHashMap<Throwable, Boolean> seen = new IdentityHashMap<>();
        return isUnavailable(failure, seen);
    }

    private static boolean isUnavailable(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return false;
        }
        if (failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
            if (H2_UNAVAILABLE_CODES.contains(sql.getErrorCode()) && isH2(sql)) {
                return true;
            }
            if (isUnavailable(sql.getNextException(), seen)) {
                return true;
            }
        }
        return isUnavailable(failure.getCause(), seen);
    }

    private static boolean isH2(SQLException failure) {
        return failure.getClass().getName().startsWith("org.h2.");
    }
}
