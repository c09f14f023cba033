package dev.usersapi.repository.jdbc;

import static dev.usersapi.repository.jdbc.UserRows.USER_COLUMNS;

import com.zaxxer.hikari.HikariConfig;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.EventIds;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL, shared by several server instances: every change is a single statement in
 * auto-commit mode, so it is one round trip and atomic, with the row lock held only for the
 * statement. Under READ COMMITTED an UPDATE that finds the row changed by a concurrent
 * transaction waits for it and re-evaluates against the newest row version, so concurrent calls
 * serialise per user and lose nothing.
 */
final class PostgresDialect extends Dialect {

    /**
     * Locks the row, resets the lockout (moving last_updated only if it had anything to reset),
     * and records the event with the state before, all in one statement. The outcome rule is
     * {@link Lockout#isClear()} written in SQL; the event mirrors {@link AuditEvent#unblocked}.
     */
    private static final String UNBLOCK = """
            WITH before AS (
                SELECT user_id, disabled, creation_time, last_updated, block_until, failure_count, profile
                  FROM users
                 WHERE user_id = ?
                   FOR UPDATE
            ), after AS (
                UPDATE users AS u
                   SET block_until = NULL,
                       failure_count = 0,
                       last_updated = CASE WHEN b.block_until IS NULL AND b.failure_count = 0
                                           THEN b.last_updated ELSE ? END
                  FROM before AS b
                 WHERE u.user_id = b.user_id
             RETURNING u.last_updated
            ), event AS (
                INSERT INTO audit_events (event_id, type, user_id, actor_key_id, request_id, occurred_at,
                                          previous_block_until, previous_failure_count, outcome)
                SELECT ?::uuid, ?, b.user_id, ?, ?, ?::bigint, b.block_until, b.failure_count,
                       CASE WHEN b.block_until IS NULL AND b.failure_count = 0 THEN ? ELSE ? END
                  FROM before AS b
            )
            SELECT b.user_id, b.disabled, b.creation_time, b.last_updated, b.block_until, b.failure_count,
                   b.profile, a.last_updated
              FROM before AS b CROSS JOIN after AS a""";

    /**
     * {@link LockoutPolicy#afterFailure} in SQL: the failure is always counted (so last_updated
     * always moves); reaching the maximum blocks unless a block is still running.
     */
    private static final String FAILED_SIGN_IN = """
            UPDATE users
               SET failure_count = failure_count + 1,
                   block_until = CASE WHEN failure_count + 1 >= ? AND NOT coalesce(block_until > ?, false)
                                      THEN ? ELSE block_until END,
                   last_updated = ?
             WHERE user_id = ?
            RETURNING""" + " " + USER_COLUMNS;

    /**
     * {@link LockoutPolicy#afterSuccess} in SQL: nothing changes during a running block;
     * otherwise failures and any expired block are cleared, and last_updated moves only if there
     * was something to clear. The row is always updated so that the returned state is the one
     * this statement left, under its lock.
     */
    private static final String SUCCESSFUL_SIGN_IN = """
            UPDATE users
               SET block_until = CASE WHEN block_until > ? THEN block_until ELSE NULL END,
                   failure_count = CASE WHEN block_until > ? THEN failure_count ELSE 0 END,
                   last_updated = CASE WHEN block_until > ? OR (block_until IS NULL AND failure_count = 0)
                                       THEN last_updated ELSE ? END
             WHERE user_id = ?
            RETURNING""" + " " + USER_COLUMNS;

    /** The accounts arrive as one array per column: one statement per chunk, however many rows. */
    private static final String FROM_ARRAYS = """
            SELECT t.user_id, t.disabled, t.creation_time, t.last_updated, t.block_until, t.failure_count,
                   t.profile::jsonb
              FROM unnest(?::text[], ?::boolean[], ?::bigint[], ?::bigint[], ?::bigint[], ?::integer[], ?::text[])
                   AS t(user_id, disabled, creation_time, last_updated, block_until, failure_count, profile)
            """;

    private static final String UPSERT = "INSERT INTO users (" + USER_COLUMNS + ")\n" + FROM_ARRAYS + """
            ON CONFLICT (user_id) DO UPDATE
               SET disabled = excluded.disabled,
                   creation_time = excluded.creation_time,
                   last_updated = excluded.last_updated,
                   block_until = excluded.block_until,
                   failure_count = excluded.failure_count,
                   profile = excluded.profile""";

    private static final String INSERT_IF_ABSENT =
            "INSERT INTO users (" + USER_COLUMNS + ")\n" + FROM_ARRAYS + "ON CONFLICT (user_id) DO NOTHING";

    @Override
    String migrations() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    String name() {
        return "PostgreSQL";
    }

    /**
     * Bounds every wait on the network: connecting, and each answer, so that a lost database
     * surfaces as an error instead of a hanging request. Settings in the URL take precedence.
     */
    @Override
    void configure(HikariConfig config, DatabaseSettings settings) {
        long connectSeconds = Math.max(1, (settings.connectionTimeout().toMillis() + 999) / 1000);
        config.addDataSourceProperty("connectTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty(
                "socketTimeout",
                String.valueOf(Math.max(1, settings.socketTimeout().toSeconds())));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "users-api-server");
    }

    @Override
    Optional<UnblockOutcome> unblock(Connection connection, UnblockRequest request) throws SQLException {
        try (PreparedStatement unblock = connection.prepareStatement(UNBLOCK)) {
            unblock.setString(1, request.userId());
            unblock.setLong(2, request.epochSecond());
            unblock.setObject(3, EventIds.next());
            unblock.setString(4, AuditEvent.USER_ACCOUNT_UNBLOCKED);
            unblock.setString(5, request.actorKeyId());
            unblock.setString(6, request.requestId());
            unblock.setLong(7, request.epochSecond());
            unblock.setString(8, AuditEvent.Outcome.NOT_BLOCKED.code());
            unblock.setString(9, AuditEvent.Outcome.CLEARED.code());
            try (ResultSet row = unblock.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                UserAccount before = UserRows.account(row, 1);
                UserAccount after = new UserAccount(
                        before.userId(),
                        before.disabled(),
                        before.creationTime(),
                        row.getLong(8),
                        Lockout.NONE,
                        before.profileJson());
                return Optional.of(new UnblockOutcome(after, before.lockout()));
            }
        }
    }

    @Override
    Optional<UserAccount> recordFailedSignIn(
            Connection connection, String userId, long epochSecond, LockoutPolicy policy) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(FAILED_SIGN_IN)) {
            update.setInt(1, policy.maxFailedAccessAttempts());
            update.setLong(2, epochSecond);
            update.setLong(3, epochSecond + policy.lockoutTimeSpanMinutes() * 60L);
            update.setLong(4, epochSecond);
            update.setString(5, userId);
            return singleAccount(update);
        }
    }

    @Override
    Optional<UserAccount> recordSuccessfulSignIn(Connection connection, String userId, long epochSecond)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SUCCESSFUL_SIGN_IN)) {
            update.setLong(1, epochSecond);
            update.setLong(2, epochSecond);
            update.setLong(3, epochSecond);
            update.setLong(4, epochSecond);
            update.setString(5, userId);
            return singleAccount(update);
        }
    }

    private static Optional<UserAccount> singleAccount(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(UserRows.account(row, 1)) : Optional.empty();
        }
    }

    @Override
    void upsertAll(Connection connection, List<UserAccount> accounts) throws SQLException {
        // ON CONFLICT DO UPDATE may not touch a row twice in one statement: one account per id.
        Transactions.inTransaction(
                connection, c -> writeFromArrays(c, UPSERT, UserRows.chunks(UserRows.onePerId(accounts, true))));
    }

    @Override
    int insertAllIfAbsent(Connection connection, List<UserAccount> accounts) throws SQLException {
        return Transactions.inTransaction(
                connection,
                c -> writeFromArrays(c, INSERT_IF_ABSENT, UserRows.chunks(UserRows.onePerId(accounts, false))));
    }

    private static int writeFromArrays(Connection connection, String sql, List<List<UserAccount>> chunks)
            throws SQLException {
        int written = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<UserAccount> chunk : chunks) {
                int size = chunk.size();
                String[] ids = new String[size];
                Boolean[] disabled = new Boolean[size];
                Long[] created = new Long[size];
                Long[] updated = new Long[size];
                Long[] blockUntil = new Long[size];
                Integer[] failures = new Integer[size];
                String[] profiles = new String[size];
                for (int i = 0; i < size; i++) {
                    UserAccount account = chunk.get(i);
                    ids[i] = account.userId();
                    disabled[i] = account.disabled();
                    created[i] = account.creationTime();
                    updated[i] = account.lastUpdated();
                    blockUntil[i] = account.lockout().blockUntil();
                    failures[i] = account.lockout().failureCount();
                    profiles[i] = account.profileJson();
                }
                Array[] arrays = {
                    connection.createArrayOf("text", ids),
                    connection.createArrayOf("bool", disabled),
                    connection.createArrayOf("int8", created),
                    connection.createArrayOf("int8", updated),
                    connection.createArrayOf("int8", blockUntil),
                    connection.createArrayOf("int4", failures),
                    connection.createArrayOf("text", profiles),
                };
                try {
                    for (int i = 0; i < arrays.length; i++) {
                        statement.setArray(i + 1, arrays[i]);
                    }
                    written += statement.executeUpdate();
                } finally {
                    for (Array array : arrays) {
                        array.free();
                    }
                }
            }
        }
        return written;
    }
}
