package dev.usersapi.repository.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.EventOrigin;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UserAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** The SQL both engines share, and the mapping between rows and domain records. */
final class UserRows {

    /** The columns of a user, in the order {@link #account(ResultSet, int)} reads them. */
    static final String USER_COLUMNS = "user_id, disabled, creation_time, last_updated, block_until, failure_count, "
            + "sign_in_attempts_count, last_sign_in_attempt, last_sign_in_attempt_ip, sign_in_success_count, "
            + "last_sign_in_success, last_sign_in_success_ip, last_activity, profile, version";

    /** How many {@link #USER_COLUMNS} there are. */
    static final int USER_COLUMN_COUNT = USER_COLUMNS.split(",").length;

    /**
     * What an upsert of {@link #USER_COLUMNS} does with an existing row: every column but the id
     * replaced, and the version the one after the stored row's.
     */
    static final String ON_CONFLICT_REPLACE = "ON CONFLICT (user_id) DO UPDATE SET "
            + Arrays.stream(USER_COLUMNS.split(","))
                    .map(String::strip)
                    .filter(column -> !column.equals("user_id"))
                    .map(column ->
                            column.equals("version") ? "version = users.version + 1" : column + " = excluded." + column)
                    .collect(Collectors.joining(", "));

    /** What an insert of {@link #USER_COLUMNS} does with an existing row: keeps it. */
    static final String ON_CONFLICT_KEEP = "ON CONFLICT (user_id) DO NOTHING";

    static final String FIND = "SELECT " + USER_COLUMNS + " FROM users WHERE user_id = ?";

    /** The columns of an audit event, in the order {@link #event(ResultSet, int)} reads them. */
    static final String EVENT_COLUMNS = "event_id, type, user_id, actor_key_id, request_id, occurred_at, "
            + "previous_block_until, previous_failure_count, outcome, ip_address, ip_count, "
            + "process_id, local_ip, remote_ip, user_agent";

    static final String AUDIT_EVENTS =
            "SELECT " + EVENT_COLUMNS + " FROM audit_events WHERE user_id = ? ORDER BY occurred_at, sequence_no";

    static final String DELETE_EVENTS_BEFORE = """
            DELETE FROM audit_events
             WHERE sequence_no IN (SELECT sequence_no FROM audit_events
                                    WHERE occurred_at < ?
                                    ORDER BY occurred_at
                                    LIMIT ?)""";

    static final String PROBE_WRITE = "UPDATE store_probe SET written_at = ? WHERE id = 1";

    static final String HOLDS_REQUEST = "SELECT 1 FROM audit_events WHERE user_id = ? AND request_id = ? AND type = ?";

    static final String UPDATE_LOCKOUT =
            "UPDATE users SET block_until = ?, failure_count = ?, last_updated = ?, version = ? WHERE user_id = ?";

    static final String UPDATE_LOCKOUT_AND_SIGN_INS = """
            UPDATE users SET block_until = ?, failure_count = ?, last_updated = ?, version = ?,
                             sign_in_attempts_count = ?, last_sign_in_attempt = ?, last_sign_in_attempt_ip = ?,
                             sign_in_success_count = ?, last_sign_in_success = ?, last_sign_in_success_ip = ?,
                             last_activity = ?
             WHERE user_id = ?""";

    static final String INSERT_EVENT =
            "INSERT INTO audit_events (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Rows per statement when a batch is sent as arrays or as a JDBC batch. */
    static final int CHUNK_SIZE = 1_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private UserRows() {}

    /** The account read by {@code sql}: {@link #FIND}, or {@link #FIND} with a locking clause. */
    static Optional<UserAccount> find(Statements statements, Connection connection, String sql, String userId)
            throws SQLException {
        PreparedStatement select = statements.prepare(connection, sql);
        try {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(account(row, 1)) : Optional.empty();
            }
        } finally {
            statements.release(select);
        }
    }

    /**
     * Whether the trail holds an event of this user with this code made by the request with this
     * id: the same operation, already applied.
     */
    static boolean holdsRequest(
            Statements statements, Connection connection, String userId, String requestId, String code)
            throws SQLException {
        PreparedStatement select = statements.prepare(connection, HOLDS_REQUEST);
        try {
            select.setString(1, userId);
            select.setString(2, requestId);
            select.setString(3, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } finally {
            statements.release(select);
        }
    }

    /**
     * Writes the lockout, last_updated and, if they changed, the sign-in history of {@code after},
     * unless nothing changed.
     */
    static void writeStateIfChanged(Statements statements, Connection connection, UserAccount before, UserAccount after)
            throws SQLException {
        if (after.equals(before)) {
            return;
        }
        boolean signIns = !after.signIns().equals(before.signIns());
        PreparedStatement update =
                statements.prepare(connection, signIns ? UPDATE_LOCKOUT_AND_SIGN_INS : UPDATE_LOCKOUT);
        try {
            setNullableLong(update, 1, after.lockout().blockUntil());
            update.setInt(2, after.lockout().failureCount());
            update.setLong(3, after.lastUpdated());
            update.setLong(4, after.version());
            int next = 5;
            if (signIns) {
                bindSignIns(update, next, after.signIns());
                next += 7;
            }
            update.setString(next, after.userId());
            update.executeUpdate();
        } finally {
            statements.release(update);
        }
    }

    static void insertEvent(Statements statements, Connection connection, AuditEvent event) throws SQLException {
        PreparedStatement insert = statements.prepare(connection, INSERT_EVENT);
        try {
            bindEvent(insert, 1, event);
            insert.executeUpdate();
        } finally {
            statements.release(insert);
        }
    }

    /** Binds the {@link #EVENT_COLUMNS} of the event starting at parameter {@code first}. */
    static void bindEvent(PreparedStatement insert, int first, AuditEvent event) throws SQLException {
        // As text: SQLite has no UUID type, and PostgreSQL converts text to its uuid column.
        insert.setObject(first, event.eventId().toString(), Types.OTHER);
        insert.setString(first + 1, event.type());
        insert.setString(first + 2, event.userId());
        insert.setString(first + 3, event.actorKeyId());
        insert.setString(first + 4, event.requestId());
        insert.setLong(first + 5, event.epochSecond());
        setNullableLong(insert, first + 6, event.previousLockout().blockUntil());
        insert.setInt(first + 7, event.previousLockout().failureCount());
        insert.setString(first + 8, event.outcome().code());
        insert.setString(first + 9, event.ipAddress());
        if (event.ipCount() == null) {
            insert.setNull(first + 10, Types.INTEGER);
        } else {
            insert.setInt(first + 10, event.ipCount());
        }
        EventOrigin origin = event.origin();
        insert.setLong(first + 11, origin.processId());
        insert.setString(first + 12, origin.localIp());
        insert.setString(first + 13, origin.remoteIp());
        insert.setString(first + 14, origin.userAgent());
    }

    static List<AuditEvent> auditEvents(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(AUDIT_EVENTS)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                List<AuditEvent> events = new ArrayList<>();
                while (row.next()) {
                    events.add(event(row, 1));
                }
                return events;
            }
        }
    }

    /** Reads the {@link #EVENT_COLUMNS} starting at column {@code first}. */
    static AuditEvent event(ResultSet row, int first) throws SQLException {
        int ipCount = row.getInt(first + 10);
        Integer nullableIpCount = row.wasNull() ? null : ipCount;
        return new AuditEvent(
                UUID.fromString(row.getString(first)),
                row.getString(first + 1),
                row.getString(first + 2),
                row.getString(first + 3),
                row.getString(first + 4),
                row.getLong(first + 5),
                new Lockout(nullableLong(row, first + 6), row.getInt(first + 7)),
                AuditEvent.Outcome.ofCode(row.getString(first + 8)),
                row.getString(first + 9),
                nullableIpCount,
                new EventOrigin(
                        row.getLong(first + 11),
                        row.getString(first + 12),
                        row.getString(first + 13),
                        row.getString(first + 14)));
    }

    /**
     * Makes the e-mail index of the chunk's users match their profiles as stored now (for users an
     * insert-if-absent skipped, that is the profile they had), with the dialect's two statements.
     */
    static void refreshEmails(Connection connection, List<String> statements, List<UserAccount> chunk)
            throws SQLException {
        String ids = idsAsJson(chunk);
        for (String sql : statements) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, ids);
                statement.executeUpdate();
            }
        }
    }

    /** The accounts' ids as a JSON array. */
    private static String idsAsJson(List<UserAccount> accounts) {
        List<String> ids = accounts.stream().map(UserAccount::userId).toList();
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a list of strings is always JSON", impossible);
        }
    }

    /** Reads the {@link #USER_COLUMNS} starting at column {@code first}. */
    static UserAccount account(ResultSet row, int first) throws SQLException {
        return new UserAccount(
                row.getString(first),
                row.getBoolean(first + 1),
                row.getLong(first + 2),
                row.getLong(first + 3),
                new Lockout(nullableLong(row, first + 4), row.getInt(first + 5)),
                new SignInHistory(
                        row.getLong(first + 6),
                        nullableLong(row, first + 7),
                        row.getString(first + 8),
                        row.getLong(first + 9),
                        nullableLong(row, first + 10),
                        row.getString(first + 11),
                        nullableLong(row, first + 12)),
                row.getString(first + 13),
                row.getLong(first + 14));
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

    /** Binds the {@link #USER_COLUMNS} starting at parameter {@code first}. */
    static void bindAccount(PreparedStatement statement, int first, UserAccount account) throws SQLException {
        statement.setString(first, account.userId());
        statement.setBoolean(first + 1, account.disabled());
        statement.setLong(first + 2, account.creationTime());
        statement.setLong(first + 3, account.lastUpdated());
        setNullableLong(statement, first + 4, account.lockout().blockUntil());
        statement.setInt(first + 5, account.lockout().failureCount());
        bindSignIns(statement, first + 6, account.signIns());
        statement.setString(first + 13, account.profileJson());
        statement.setLong(first + 14, account.version());
    }

    /** Binds the seven sign-in columns, in the order of {@link #USER_COLUMNS}, from {@code first}. */
    private static void bindSignIns(PreparedStatement statement, int first, SignInHistory signIns) throws SQLException {
        statement.setLong(first, signIns.attempts());
        setNullableLong(statement, first + 1, signIns.lastAttempt());
        statement.setString(first + 2, signIns.lastAttemptIp());
        statement.setLong(first + 3, signIns.successes());
        setNullableLong(statement, first + 4, signIns.lastSuccess());
        statement.setString(first + 5, signIns.lastSuccessIp());
        setNullableLong(statement, first + 6, signIns.lastActivity());
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
