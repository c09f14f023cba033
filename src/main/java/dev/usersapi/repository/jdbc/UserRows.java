package dev.usersapi.repository.jdbc;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.UserAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** The SQL both engines share, and the mapping between rows and domain records. */
final class UserRows {

    /** The columns of a user, in the order {@link #account(ResultSet, int)} reads them. */
    static final String USER_COLUMNS =
            "user_id, disabled, creation_time, last_updated, block_until, failure_count, profile";

    static final String FIND = "SELECT " + USER_COLUMNS + " FROM users WHERE user_id = ?";

    static final String AUDIT_EVENTS = """
            SELECT event_id, type, user_id, actor_key_id, request_id, occurred_at,
                   previous_block_until, previous_failure_count, outcome
              FROM audit_events
             WHERE user_id = ?
             ORDER BY occurred_at, sequence_no""";

    /** Rows per statement when a batch is sent as arrays or as a JDBC batch. */
    static final int CHUNK_SIZE = 1_000;

    private UserRows() {}

    static Optional<UserAccount> find(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(account(row, 1)) : Optional.empty();
            }
        }
    }

    static List<AuditEvent> auditEvents(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(AUDIT_EVENTS)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                List<AuditEvent> events = new ArrayList<>();
                while (row.next()) {
                    events.add(new AuditEvent(
                            row.getObject(1, UUID.class),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getLong(6),
                            new Lockout(nullableLong(row, 7), row.getInt(8)),
                            AuditEvent.Outcome.ofCode(row.getString(9))));
                }
                return events;
            }
        }
    }

    /** Reads the seven {@link #USER_COLUMNS} starting at column {@code first}. */
    static UserAccount account(ResultSet row, int first) throws SQLException {
        return new UserAccount(
                row.getString(first),
                row.getBoolean(first + 1),
                row.getLong(first + 2),
                row.getLong(first + 3),
                new Lockout(nullableLong(row, first + 4), row.getInt(first + 5)),
                row.getString(first + 6));
    }

    static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Binds the seven {@link #USER_COLUMNS} starting at parameter {@code first}. */
    static void bindAccount(PreparedStatement statement, int first, UserAccount account) throws SQLException {
        statement.setString(first, account.userId());
        statement.setBoolean(first + 1, account.disabled());
        statement.setLong(first + 2, account.creationTime());
        statement.setLong(first + 3, account.lastUpdated());
        setNullableLong(statement, first + 4, account.lockout().blockUntil());
        statement.setInt(first + 5, account.lockout().failureCount());
        statement.setString(first + 6, account.profileJson());
    }

    /**
     * The accounts with one per id (the last of each id when {@code lastWins}, else the first),
     * sorted by id so that concurrent batches lock rows in the same order and cannot deadlock.
     */
    static Collection<UserAccount> onePerId(List<UserAccount> accounts, boolean lastWins) {
        Map<String, UserAccount> byId = new TreeMap<>();
        for (UserAccount account : accounts) {
            if (lastWins) {
                byId.put(account.userId(), account);
            } else {
                byId.putIfAbsent(account.userId(), account);
            }
        }
        return byId.values();
    }

    /** Splits the accounts into consecutive lists of at most {@link #CHUNK_SIZE}. */
    static List<List<UserAccount>> chunks(Collection<UserAccount> accounts) {
        List<List<UserAccount>> chunks = new ArrayList<>();
        List<UserAccount> current = new ArrayList<>(Math.min(CHUNK_SIZE, accounts.size()));
        for (UserAccount account : accounts) {
            current.add(account);
            if (current.size() == CHUNK_SIZE) {
                chunks.add(current);
                current = new ArrayList<>(CHUNK_SIZE);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
