package dev.usersapi.repository.jdbc;

import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.ip.IpLockout;
import dev.usersapi.domain.ip.IpLockoutSort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the per-IP lockouts (table {@code ip_lockouts}, schema version 7), shared by both
 * engines, and the mapping between its rows and {@link IpLockout}. Its rows are changed only by
 * callers that hold the user's write lock, so they need no lock of their own.
 */
final class IpLockoutRows {

    private static final String COLUMNS =
            "ip, failure_count, block_until, sign_in_attempts_count, last_sign_in_attempt, last_sign_in_success";

    private static final String FIND_ONE = "SELECT " + COLUMNS + " FROM ip_lockouts WHERE user_id = ? AND ip = ?";

    private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM ip_lockouts WHERE user_id = ?";

    private static final String COUNT = "SELECT count(*) FROM ip_lockouts WHERE user_id = ?";

    private static final String USER_EXISTS = "SELECT 1 FROM users WHERE user_id = ?";

    private static final String UPSERT = """
            INSERT INTO ip_lockouts (user_id, ip, failure_count, block_until, sign_in_attempts_count,
                                     last_sign_in_attempt, last_sign_in_success)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id, ip) DO UPDATE SET
                failure_count = excluded.failure_count,
                block_until = excluded.block_until,
                sign_in_attempts_count = excluded.sign_in_attempts_count,
                last_sign_in_attempt = excluded.last_sign_in_attempt,
                last_sign_in_success = excluded.last_sign_in_success""";

    private static final String RESET_ONE =
            "UPDATE ip_lockouts SET failure_count = 0, block_until = NULL WHERE user_id = ? AND ip = ?";

    /**
     * Retention: the records with no attempt since the cutoff and no block in force then ({@link
     * IpLockout#isIdleAt}), at most a limit of them. Deleting one never loses a sign-in's change:
     * a sign-in that read the record before writes it back whole.
     */
    static final String DELETE_IDLE_BEFORE = """
            DELETE FROM ip_lockouts
             WHERE (user_id, ip) IN (SELECT user_id, ip FROM ip_lockouts
                                      WHERE last_sign_in_attempt < ?
                                        AND (block_until IS NULL OR block_until <= ?)
                                      LIMIT ?)""";

    private IpLockoutRows() {}

    /** The user's record of this address, if there is one. */
    static Optional<IpLockout> find(Connection connection, String userId, String ip) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND_ONE)) {
            select.setString(1, userId);
            select.setString(2, ip);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(record(row)) : Optional.empty();
            }
        }
    }

    /** Every record of the user, in no particular order. */
    static List<IpLockout> findAll(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND_ALL)) {
            select.setString(1, userId);
            return records(select);
        }
    }

    static boolean userExists(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(USER_EXISTS)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    static long count(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COUNT)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** A page of the user's records in the sort's order ({@link IpLockoutSort#comparator}). */
    static List<IpLockout> page(
            Connection connection, Dialect dialect, String userId, IpLockoutSort sort, long offset, int limit)
            throws SQLException {
        String direction = sort.descending() ? " DESC" : " ASC";
        // Every sortable field can be null; the column is named as the contract names the field.
        String orderBy = " ORDER BY " + sort.field().wireName() + direction + dialect.nullsAsSmallest(sort.descending())
                + ", " + dialect.byteOrder("ip") + direction;
        try (PreparedStatement select = connection.prepareStatement(FIND_ALL + orderBy + " LIMIT ? OFFSET ?")) {
            select.setString(1, userId);
            select.setInt(2, limit);
            select.setLong(3, offset);
            return records(select);
        }
    }

    /** Writes the record as it is now, making it if the user had none for the address. */
    static void upsert(Connection connection, String userId, IpLockout record) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, userId);
            upsert.setString(2, record.ip());
            upsert.setInt(3, record.lockout().failureCount());
            UserRows.setNullableLong(upsert, 4, record.lockout().blockUntil());
            upsert.setLong(5, record.attempts());
            upsert.setLong(6, record.lastAttempt());
            UserRows.setNullableLong(upsert, 7, record.lastSuccess());
            upsert.executeUpdate();
        }
    }

    /** Resets the lockout of each of the records ({@link IpLockout#reset}) that has one. */
    static void reset(Connection connection, String userId, List<IpLockout> records) throws SQLException {
        try (PreparedStatement reset = connection.prepareStatement(RESET_ONE)) {
            for (IpLockout record : records) {
                if (!record.lockout().isClear()) {
                    reset.setString(1, userId);
                    reset.setString(2, record.ip());
                    reset.addBatch();
                }
            }
            reset.executeBatch();
        }
    }

    private static List<IpLockout> records(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            List<IpLockout> records = new ArrayList<>();
            while (row.next()) {
                records.add(record(row));
            }
            return records;
        }
    }

    private static IpLockout record(ResultSet row) throws SQLException {
        return new IpLockout(
                row.getString(1),
                new Lockout(UserRows.nullableLong(row, 3), row.getInt(2)),
                row.getLong(4),
                row.getLong(5),
                UserRows.nullableLong(row, 6));
    }
}
