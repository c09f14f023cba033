package dev.usersapi.repository.jdbc;

import static dev.usersapi.repository.jdbc.UserRows.USER_COLUMNS;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * H2 2.x, embedded in the server process. Each change is one short transaction that locks the
 * user's row ({@code SELECT ... FOR UPDATE}), applies the domain's own rules in Java, and writes
 * back only what changed.
 */
final class H2Dialect extends Dialect {

    private static final String LOCK = "SELECT " + USER_COLUMNS + " FROM users WHERE user_id = ? FOR UPDATE";

    private static final String UPDATE_LOCKOUT =
            "UPDATE users SET block_until = ?, failure_count = ?, last_updated = ? WHERE user_id = ?";

    private static final String INSERT_EVENT = """
            INSERT INTO audit_events (event_id, type, user_id, actor_key_id, request_id, occurred_at,
                                      previous_block_until, previous_failure_count, outcome)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String MERGE =
            "MERGE INTO users (" + USER_COLUMNS + ") KEY (user_id) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_IF_ABSENT = "INSERT INTO users (" + USER_COLUMNS + ") "
            + "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM users WHERE user_id = ?)";

    @Override
    String migrations() {
        return "classpath:db/migration/h2";
    }

    @Override
    String name() {
        return "H2";
    }

    /**
     * Adds, unless the URL says otherwise:
     * <ul>
     * <li>{@code WRITE_DELAY=0}: every commit writes its changes to the file before it returns
     *     (H2's default keeps commits in memory for up to 500 ms, so {@code kill -9} loses them);
     * <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2's own shutdown hook does not close the database under
     *     the server's requests in flight; the database closes when the pool closes its connections.
     * </ul>
     */
    @Override
    String jdbcUrl(String url) {
        String withSettings = JdbcUrls.withH2Setting(url, "DB_CLOSE_ON_EXIT", "FALSE");
        return JdbcUrls.withH2Setting(withSettings, "WRITE_DELAY", "0");
    }

    @Override
    Optional<UnblockOutcome> unblock(Connection connection, UnblockRequest request) throws SQLException {
        return Transactions.inTransaction(connection, c -> {
            Optional<UserAccount> before = lock(c, request.userId());
            if (before.isEmpty()) {
                return Optional.empty();
            }
            UnblockOutcome outcome = UnblockOutcome.of(before.get(), request.epochSecond());
            writeIfChanged(c, before.get(), outcome.account());
            insertEvent(c, AuditEvent.unblocked(request, outcome));
            return Optional.of(outcome);
        });
    }

    @Override
    Optional<UserAccount> recordFailedSignIn(
            Connection connection, String userId, long epochSecond, LockoutPolicy policy) throws SQLException {
        return change(
                connection,
                userId,
                account -> account.withLockout(policy.afterFailure(account.lockout(), epochSecond), epochSecond));
    }

    @Override
    Optional<UserAccount> recordSuccessfulSignIn(Connection connection, String userId, long epochSecond)
            throws SQLException {
        return change(
                connection,
                userId,
                account ->
                        account.withLockout(LockoutPolicy.afterSuccess(account.lockout(), epochSecond), epochSecond));
    }

    private Optional<UserAccount> change(Connection connection, String userId, UnaryOperator<UserAccount> change)
            throws SQLException {
        return Transactions.inTransaction(connection, c -> {
            Optional<UserAccount> before = lock(c, userId);
            if (before.isEmpty()) {
                return Optional.empty();
            }
            UserAccount after = change.apply(before.get());
            writeIfChanged(c, before.get(), after);
            return Optional.of(after);
        });
    }

    private static Optional<UserAccount> lock(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK)) {
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(UserRows.account(row, 1)) : Optional.empty();
            }
        }
    }

    private static void writeIfChanged(Connection connection, UserAccount before, UserAccount after)
            throws SQLException {
        if (after.equals(before)) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE_LOCKOUT)) {
            Lockout lockout = after.lockout();
            UserRows.setNullableLong(update, 1, lockout.blockUntil());
            update.setInt(2, lockout.failureCount());
            update.setLong(3, after.lastUpdated());
            update.setString(4, after.userId());
            update.executeUpdate();
        }
    }

    private static void insertEvent(Connection connection, AuditEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            insert.setObject(1, event.eventId());
            insert.setString(2, event.type());
            insert.setString(3, event.userId());
            insert.setString(4, event.actorKeyId());
            insert.setString(5, event.requestId());
            insert.setLong(6, event.epochSecond());
            UserRows.setNullableLong(insert, 7, event.previousLockout().blockUntil());
            insert.setInt(8, event.previousLockout().failureCount());
            insert.setString(9, event.outcome().code());
            insert.executeUpdate();
        }
    }

    @Override
    void upsertAll(Connection connection, List<UserAccount> accounts) throws SQLException {
        Transactions.inTransaction(connection, c -> {
            try (PreparedStatement merge = c.prepareStatement(MERGE)) {
                for (List<UserAccount> chunk : UserRows.chunks(UserRows.onePerId(accounts, true))) {
                    for (UserAccount account : chunk) {
                        UserRows.bindAccount(merge, 1, account);
                        merge.addBatch();
                    }
                    merge.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    int insertAllIfAbsent(Connection connection, List<UserAccount> accounts) throws SQLException {
        return Transactions.inTransaction(connection, c -> {
            int inserted = 0;
            try (PreparedStatement insert = c.prepareStatement(INSERT_IF_ABSENT)) {
                for (List<UserAccount> chunk : UserRows.chunks(UserRows.onePerId(accounts, false))) {
                    for (UserAccount account : chunk) {
                        UserRows.bindAccount(insert, 1, account);
                        insert.setString(8, account.userId());
                        insert.addBatch();
                    }
                    for (int count : insert.executeBatch()) {
                        inserted += count;
                    }
                }
            }
            return inserted;
        });
    }
}
