package dev.usersapi.repository.jdbc;

import static dev.usersapi.repository.jdbc.UserRows.USER_COLUMNS;

import com.zaxxer.hikari.HikariConfig;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.EventIds;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.SignInHistory;
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
import java.util.Set;
import javax.sql.DataSource;

/**
 * PostgreSQL, which several server instances can share. Rows are locked with
 * {@code SELECT ... FOR UPDATE}; under READ COMMITTED a second writer of the same user waits for
 * the first and then reads its result, so concurrent calls serialise per user and lose nothing.
 *
 * <p>Its one fast path is the unblock: the portable path takes four round trips (lock, update,
 * insert, commit) where one statement does it all, holding the row lock for that statement only.
 * Measured with {@code src/bench/request-path.sh}; the figures are in the README. The system
 * property {@value #PORTABLE_UNBLOCK_PROPERTY}{@code =true} turns it off, for that comparison.
 */
final class PostgresDialect extends Dialect {

    static final String PORTABLE_UNBLOCK_PROPERTY = "users.postgresql.portable-unblock";

    /**
     * {@link JdbcUserRepository}'s unblock in one statement: lock the row, skip everything if the
     * trail already holds an unblock of this user by this request (a retry), else reset the lockout (moving
     * last_updated only if it had anything to reset) and record the event with the state before.
     * The outcome rule is {@link Lockout#isClear()} written in SQL; the event mirrors
     * {@link AuditEvent#unblocked}.
     */
    private static final String UNBLOCK = """
            WITH before AS (
                SELECT user_id, disabled, creation_time, last_updated, block_until, failure_count,
                       sign_in_attempts_count, last_sign_in_attempt, last_sign_in_attempt_ip, sign_in_success_count,
                       last_sign_in_success, last_sign_in_success_ip, last_activity, profile, version
                  FROM users
                 WHERE user_id = ?
                   FOR UPDATE
            ), replay AS (
                SELECT EXISTS (SELECT 1 FROM audit_events
                                WHERE user_id = ? AND request_id = ? AND type = 'user_account_unblocked') AS seen
            ), after AS (
                UPDATE users AS u
                   SET block_until = NULL,
                       failure_count = 0,
                       last_updated = CASE WHEN b.block_until IS NULL AND b.failure_count = 0
                                           THEN b.last_updated ELSE ? END,
                       version = CASE WHEN b.block_until IS NULL AND b.failure_count = 0
                                      THEN b.version ELSE b.version + 1 END
                  FROM before AS b, replay AS r
                 WHERE u.user_id = b.user_id AND NOT r.seen
             RETURNING u.last_updated
            ), event AS (
                INSERT INTO audit_events (event_id, type, user_id, actor_key_id, request_id, occurred_at,
                                          previous_block_until, previous_failure_count, outcome,
                                          process_id, local_ip, remote_ip, user_agent)
                SELECT ?::uuid, ?, b.user_id, ?, ?, ?::bigint, b.block_until, b.failure_count,
                       CASE WHEN b.block_until IS NULL AND b.failure_count = 0 THEN ? ELSE ? END,
                       ?::bigint, ?, ?, ?
                  FROM before AS b, replay AS r
                 WHERE NOT r.seen
            )
            SELECT b.user_id, b.disabled, b.creation_time, b.last_updated, b.block_until, b.failure_count,
                   b.sign_in_attempts_count, b.last_sign_in_attempt, b.last_sign_in_attempt_ip,
                   b.sign_in_success_count, b.last_sign_in_success, b.last_sign_in_success_ip, b.last_activity,
                   b.profile, b.version, a.last_updated, r.seen
              FROM before AS b CROSS JOIN replay AS r LEFT JOIN after AS a ON true""";

    /**
     * See {@link Dialect#refreshEmails}. {@code translate} changes ASCII letters only, as the
     * domain's normalization does; {@code lower} would follow the database's locale.
     */
    private static final List<String> REFRESH_EMAILS =
            List.of("DELETE FROM user_emails WHERE user_id IN (SELECT jsonb_array_elements_text(?::jsonb))", """
            INSERT INTO user_emails (user_id, email)
            SELECT u.user_id, translate(e.value ->> 'email', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
              FROM users AS u
             CROSS JOIN LATERAL jsonb_array_elements(
                       CASE WHEN jsonb_typeof(u.profile -> 'emails') = 'array' THEN u.profile -> 'emails'
                            ELSE '[]'::jsonb END) AS e(value)
             WHERE u.user_id IN (SELECT jsonb_array_elements_text(?::jsonb))
               AND jsonb_typeof(e.value -> 'email') = 'string'
            ON CONFLICT DO NOTHING""");

    /** The accounts arrive as one array per column: one statement per chunk, however many rows. */
    private static final String FROM_ARRAYS = """
            SELECT t.user_id, t.disabled, t.creation_time, t.last_updated, t.block_until, t.failure_count,
                   t.sign_in_attempts_count, t.last_sign_in_attempt, t.last_sign_in_attempt_ip,
                   t.sign_in_success_count, t.last_sign_in_success, t.last_sign_in_success_ip, t.last_activity,
                   t.profile::jsonb, t.version
              FROM unnest(?::text[], ?::boolean[], ?::bigint[], ?::bigint[], ?::bigint[], ?::integer[],
                          ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[],
                          ?::text[], ?::bigint[])
                   AS t(user_id, disabled, creation_time, last_updated, block_until, failure_count,
                        sign_in_attempts_count, last_sign_in_attempt, last_sign_in_attempt_ip,
                        sign_in_success_count, last_sign_in_success, last_sign_in_success_ip, last_activity,
                        profile, version)
            """;

    private static final String UPSERT =
            "INSERT INTO users (" + USER_COLUMNS + ")\n" + FROM_ARRAYS + UserRows.ON_CONFLICT_REPLACE;

    private static final String INSERT_IF_ABSENT =
            "INSERT INTO users (" + USER_COLUMNS + ")\n" + FROM_ARRAYS + UserRows.ON_CONFLICT_KEEP;

    /**
     * admin_shutdown, crash_shutdown, cannot_connect_now; query_canceled (the statement timeout)
     * and lock_not_available (the lock timeout), after which the statement has changed nothing;
     * and the write refusals below. Class 08 (connection exceptions) is handled as a class by
     * {@link SqlFailures}.
     */
    private static final Set<String> UNAVAILABLE_STATES =
            Set.of("57P01", "57P02", "57P03", "57014", "55P03", "53000", "53100", "53200", "53300", "25006");

    /**
     * insufficient_resources, disk_full, out_of_memory, too_many_connections;
     * read_only_sql_transaction (a standby, or default_transaction_read_only).
     */
    private static final Set<String> WRITE_REFUSAL_STATES = Set.of("53000", "53100", "53200", "53300", "25006");

    private final DatabaseSettings settings;

    PostgresDialect(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    Engine engine() {
        return Engine.POSTGRESQL;
    }

    /**
     * Bounds every wait: connecting, each answer (the socket timeout), and, one second shorter,
     * each statement and each lock wait inside the database, so that when the server gives up the
     * database has already given up too and rolled back. Settings in the URL take precedence.
     */
    @Override
    void configure(HikariConfig config) {
        config.setJdbcUrl(settings.url());
        long connectSeconds = Math.max(1, (settings.connectionTimeout().toMillis() + 999) / 1000);
        config.addDataSourceProperty("connectTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty(
                "socketTimeout",
                String.valueOf(Math.max(1, settings.socketTimeout().toSeconds())));
        long statementMillis = settings.statementTimeout().toMillis();
        config.addDataSourceProperty(
                "options", "-c statement_timeout=" + statementMillis + " -c lock_timeout=" + statementMillis);
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "users-api-server");
    }

    @Override
    String lockClause() {
        return " FOR UPDATE";
    }

    @Override
    Statements statements() {
        return Statements.perCall();
    }

    @Override
    WritePath writePath(DataSource dataSource, SqlFailures failures) {
        return new DirectWrites(dataSource);
    }

    /** As many as there are readers: writers of different users run at once. */
    @Override
    int writeConnections(int poolSize) {
        return poolSize;
    }

    @Override
    UnblockStatement fastUnblock() {
        return Boolean.getBoolean(PORTABLE_UNBLOCK_PROPERTY) ? null : PostgresDialect::unblockInOneStatement;
    }

    private static Optional<UnblockOutcome> unblockInOneStatement(Connection connection, UnblockRequest request)
            throws SQLException {
        try (PreparedStatement unblock = connection.prepareStatement(UNBLOCK)) {
            unblock.setString(1, request.userId());
            unblock.setString(2, request.userId());
            unblock.setString(3, request.requestId());
            unblock.setLong(4, request.epochSecond());
            unblock.setObject(5, EventIds.next());
            unblock.setString(6, AuditEvent.USER_ACCOUNT_UNBLOCKED);
            unblock.setString(7, request.actorKeyId());
            unblock.setString(8, request.requestId());
            unblock.setLong(9, request.epochSecond());
            unblock.setString(10, AuditEvent.Outcome.NOT_BLOCKED.code());
            unblock.setString(11, AuditEvent.Outcome.CLEARED.code());
            unblock.setLong(12, request.origin().processId());
            unblock.setString(13, request.origin().localIp());
            unblock.setString(14, request.origin().remoteIp());
            unblock.setString(15, request.origin().userAgent());
            try (ResultSet row = unblock.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                UserAccount before = UserRows.account(row, 1);
                if (row.getBoolean(UserRows.USER_COLUMN_COUNT + 2)) {
                    return Optional.of(UnblockOutcome.replayed(before));
                }
                // The statement applied the domain's rule in SQL to the row it read; applied here
                // to the same row, the rule gives the account the statement wrote.
                return Optional.of(UnblockOutcome.of(before, request.epochSecond()));
            }
        }
    }

    /** PostgreSQL sorts NULL as larger than every value unless told otherwise. */
    @Override
    String nullsAsSmallest(boolean descending) {
        return descending ? " NULLS LAST" : " NULLS FIRST";
    }

    /** The database's collation may be a language's; the "C" collation compares bytes. */
    @Override
    String byteOrder(String column) {
        return column + " COLLATE \"C\"";
    }

    /** Count and page see one snapshot under REPEATABLE READ, never a serialization failure. */
    @Override
    int snapshotIsolation() {
        return Connection.TRANSACTION_REPEATABLE_READ;
    }

    @Override
    List<String> refreshEmails() {
        return REFRESH_EMAILS;
    }

    @Override
    int writeChunk(Connection connection, List<UserAccount> chunk, boolean replace) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(replace ? UPSERT : INSERT_IF_ABSENT)) {
            int size = chunk.size();
            String[] ids = new String[size];
            Boolean[] disabled = new Boolean[size];
            Long[] created = new Long[size];
            Long[] updated = new Long[size];
            Long[] blockUntil = new Long[size];
            Integer[] failures = new Integer[size];
            Long[] attempts = new Long[size];
            Long[] lastAttempt = new Long[size];
            String[] lastAttemptIp = new String[size];
            Long[] successes = new Long[size];
            Long[] lastSuccess = new Long[size];
            String[] lastSuccessIp = new String[size];
            Long[] lastActivity = new Long[size];
            String[] profiles = new String[size];
            Long[] versions = new Long[size];
            for (int i = 0; i < size; i++) {
                UserAccount account = chunk.get(i);
                ids[i] = account.userId();
                disabled[i] = account.disabled();
                created[i] = account.creationTime();
                updated[i] = account.lastUpdated();
                blockUntil[i] = account.lockout().blockUntil();
                failures[i] = account.lockout().failureCount();
                SignInHistory signIns = account.signIns();
                attempts[i] = signIns.attempts();
                lastAttempt[i] = signIns.lastAttempt();
                lastAttemptIp[i] = signIns.lastAttemptIp();
                successes[i] = signIns.successes();
                lastSuccess[i] = signIns.lastSuccess();
                lastSuccessIp[i] = signIns.lastSuccessIp();
                lastActivity[i] = signIns.lastActivity();
                profiles[i] = account.profileJson();
                versions[i] = account.version();
            }
            Array[] arrays = {
                connection.createArrayOf("text", ids),
                connection.createArrayOf("bool", disabled),
                connection.createArrayOf("int8", created),
                connection.createArrayOf("int8", updated),
                connection.createArrayOf("int8", blockUntil),
                connection.createArrayOf("int4", failures),
                connection.createArrayOf("int8", attempts),
                connection.createArrayOf("int8", lastAttempt),
                connection.createArrayOf("text", lastAttemptIp),
                connection.createArrayOf("int8", successes),
                connection.createArrayOf("int8", lastSuccess),
                connection.createArrayOf("text", lastSuccessIp),
                connection.createArrayOf("int8", lastActivity),
                connection.createArrayOf("text", profiles),
                connection.createArrayOf("int8", versions),
            };
            try {
                for (int i = 0; i < arrays.length; i++) {
                    statement.setArray(i + 1, arrays[i]);
                }
                return statement.executeUpdate();
            } finally {
                for (Array array : arrays) {
                    array.free();
                }
            }
        }
    }

    @Override
    boolean isUnavailable(SQLException failure) {
        return failure.getSQLState() != null && UNAVAILABLE_STATES.contains(failure.getSQLState());
    }

    @Override
    boolean refusesWrites(SQLException failure) {
        return failure.getSQLState() != null && WRITE_REFUSAL_STATES.contains(failure.getSQLState());
    }
}
