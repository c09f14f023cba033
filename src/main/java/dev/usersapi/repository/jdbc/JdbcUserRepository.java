package dev.usersapi.repository.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.IpUnblockOutcome;
import dev.usersapi.domain.IpUnblockRequest;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.SignInChange;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.ip.IpLockout;
import dev.usersapi.domain.ip.IpLockoutPage;
import dev.usersapi.domain.ip.IpLockoutSort;
import dev.usersapi.domain.listing.UserPage;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.domain.logs.LogPage;
import dev.usersapi.domain.logs.LogQuery;
import dev.usersapi.repository.SignInOrigins;
import dev.usersapi.repository.StoreUnavailableException;
import dev.usersapi.repository.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps accounts and audit events in a relational database: an embedded SQLite file, or
 * PostgreSQL shared by several server instances. All state lives in the database (nothing is
 * cached here), and each method is one transaction, so instances sharing a database see each
 * other's changes and concurrent calls on a user lose nothing.
 *
 * <p>Every change is made the same way on every engine: lock the user's row, apply the domain's
 * own rule to what was read ({@link UnblockOutcome#of}, {@link LockoutPolicy}), write back what
 * changed and the audit event, commit. What differs between engines is the {@link Dialect}'s.
 *
 * <p>Reads and writes have a connection pool each, so that writers waiting for a lock (another
 * process's write lock on SQLite, a row lock on PostgreSQL) never hold the connections that
 * reads of other users need.
 *
 * <p>A call that cannot reach the database within the configured timeouts throws
 * {@link StoreUnavailableException}; other database failures throw {@link DatabaseAccessException}.
 * The pool replaces lost connections by itself once the database is back.
 */
public final class JdbcUserRepository implements UserRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcUserRepository.class);

    private final HikariDataSource reads;
    private final HikariDataSource writeConnections;
    private final Dialect dialect;
    private final SqlFailures failures;
    private final WritePath writes;
    private final Statements statements;
    private final Dialect.UnblockStatement fastUnblock;
    private final String lockSql;
    private final int validationSeconds;
    /** Set when a write was refused (a full disk, say); cleared by the next write that commits. */
    private volatile boolean writesRefused;

    private JdbcUserRepository(
            HikariDataSource reads, HikariDataSource writeConnections, Dialect dialect, int validationSeconds) {
        this.reads = reads;
        this.writeConnections = writeConnections;
        this.dialect = dialect;
        this.failures = new SqlFailures(dialect);
        this.writes = dialect.writePath(writeConnections, failures);
        this.statements = dialect.statements();
        this.fastUnblock = dialect.fastUnblock();
        this.lockSql = UserRows.FIND + dialect.lockClause();
        this.validationSeconds = validationSeconds;
    }

    /**
     * Connects, brings the schema up to date and returns the repository; fails within about the
     * connection timeout when the database cannot be reached.
     *
     * @throws StoreUnavailableException when the database cannot be reached
     * @throws DatabaseAccessException when the schema cannot be migrated
     * @throws IllegalArgumentException when the URL is not for SQLite or PostgreSQL
     */
    public static JdbcUserRepository open(DatabaseSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Dialect dialect = Dialect.of(settings);
        String where = dialect.engine().displayName() + " database at " + JdbcUrls.redact(settings.url());
        dialect.prepare();
        HikariDataSource reads = connect(poolConfig(settings, dialect, "reads", settings.maximumPoolSize()), where);
        HikariDataSource writes = null;
        try {
            SqlFailures failures = new SqlFailures(dialect);
            migrate(reads, dialect, failures, where);
            logConnected(reads, failures, where);
            int writers = dialect.writeConnections(settings.maximumPoolSize());
            writes = connect(poolConfig(settings, dialect, "writes", writers), where);
            return new JdbcUserRepository(reads, writes, dialect, validationSeconds(settings));
        } catch (RuntimeException failed) {
            if (writes != null) {
                writes.close();
            }
            reads.close();
            throw failed;
        }
    }

    private static HikariDataSource connect(HikariConfig config, String where) {
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException unreachable) {
            Throwable cause = unreachable.getCause() != null ? unreachable.getCause() : unreachable;
            throw new StoreUnavailableException(
                    "cannot connect to the " + where + " within " + config.getConnectionTimeout() + " ms: "
                            + cause.getMessage(),
                    unreachable);
        } catch (RuntimeException misconfigured) {
            throw new IllegalArgumentException(
                    "cannot use the " + where + ": " + misconfigured.getMessage(), misconfigured);
        }
    }

    static HikariConfig poolConfig(DatabaseSettings settings, Dialect dialect, String use, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("users-db-" + use);
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        long connectionTimeout = settings.connectionTimeout().toMillis();
        config.setConnectionTimeout(connectionTimeout);
        // Hikari checks a connection that sat idle before handing it out; must be below connectionTimeout.
        config.setValidationTimeout(Math.max(250, Math.min(1_000, connectionTimeout / 2)));
        // Start-up keeps trying for as long as a call would wait, then fails with the driver's reason.
        config.setInitializationFailTimeout(connectionTimeout);
        config.setAutoCommit(true);
        dialect.configure(config);
        return config;
    }

    private static int validationSeconds(DatabaseSettings settings) {
        return (int) Math.max(1, settings.connectionTimeout().toSeconds());
    }

    private static void migrate(HikariDataSource dataSource, Dialect dialect, SqlFailures failures, String where) {
        try {
            MigrateResult result = Flyway.configure(JdbcUserRepository.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info(
                        "Migrated the {} to schema version {} ({} migrations)",
                        where,
                        result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (FlywayException failed) {
            if (failures.isUnavailable(failed)) {
                throw new StoreUnavailableException(
                        "lost the " + where + " while migrating its schema: " + failed.getMessage(), failed);
            }
            throw new DatabaseAccessException(
                    "cannot migrate the schema of the " + where + ": " + failed.getMessage(), failed);
        }
    }

    private static void logConnected(HikariDataSource dataSource, SqlFailures failures, String where) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            LOG.info("Using the {} ({} {})", where, meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
        } catch (SQLException failed) {
            throw failures.translate("read the database version", failed);
        }
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        return withConnection("find a user", c -> UserRows.find(statements, c, UserRows.FIND, userId));
    }

    /**
     * Counts the matches and reads the page in one read transaction, so that both see the same
     * snapshot of the database.
     */
    @Override
    public UserPage list(UserQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.matchesNothing()) {
            return new UserPage(List.of(), 0);
        }
        ListingSql sql = ListingSql.of(query, dialect);
        return inSnapshot(
                "list users",
                c -> new UserPage(sql.page(c, query.limit(), query.offset(), UserRows::account), sql.count(c)));
    }

    /** Runs reads in one read transaction, so that they all see one snapshot of the database. */
    private <T> T inSnapshot(String action, Transactions.SqlWork<T> work) {
        return withConnection(action, c -> {
            c.setAutoCommit(false);
            c.setTransactionIsolation(dialect.snapshotIsolation());
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException failed) {
                c.rollback();
                throw failed;
            }
        });
    }

    @Override
    public Optional<UnblockOutcome> unblock(UnblockRequest request) {
        Objects.requireNonNull(request, "request");
        // A conditional unblock takes the portable path, which reads the version before it writes.
        if (fastUnblock != null && !request.isConditional()) {
            Optional<UnblockOutcome> outcome;
            try (Connection connection = writeConnections.getConnection()) {
                outcome = fastUnblock.unblock(connection, request);
            } catch (SQLException failed) {
                throw translated("unblock a user", failed);
            }
            writesRefused = false;
            return outcome;
        }
        return inWriteTransaction("unblock a user", c -> {
            Optional<UserAccount> before = UserRows.find(statements, c, lockSql, request.userId());
            if (before.isEmpty()) {
                return Optional.empty();
            }
            if (UserRows.holdsRequest(
                    statements, c, request.userId(), request.requestId(), AuditEvent.USER_ACCOUNT_UNBLOCKED)) {
                return Optional.of(UnblockOutcome.replayed(before.get()));
            }
            UnblockOutcome outcome = UnblockOutcome.of(before.get(), request);
            if (outcome.refused()) {
                return Optional.of(outcome);
            }
            UserRows.writeStateIfChanged(statements, c, before.get(), outcome.account());
            UserRows.insertEvent(statements, c, AuditEvent.unblocked(request, outcome));
            return Optional.of(outcome);
        });
    }

    /** The user's existence, the count and the page, in one read transaction: one snapshot. */
    @Override
    public Optional<IpLockoutPage> ipLockouts(String userId, IpLockoutSort sort, long offset, int limit) {
        Objects.requireNonNull(sort, "sort");
        return inSnapshot("list IP lockouts", c -> {
            if (!IpLockoutRows.userExists(c, userId)) {
                return Optional.empty();
            }
            List<IpLockout> page = IpLockoutRows.page(c, dialect, userId, sort, offset, limit);
            return Optional.of(new IpLockoutPage(page, IpLockoutRows.count(c, userId)));
        });
    }

    /** Under the user's row lock, as every change of the user and of its IP lockouts. */
    @Override
    public Optional<IpUnblockOutcome> unblockIp(IpUnblockRequest request) {
        Objects.requireNonNull(request, "request");
        return inWriteTransaction("unblock an IP address", c -> {
            Optional<UserAccount> account = UserRows.find(statements, c, lockSql, request.userId());
            if (account.isEmpty()) {
                return Optional.empty();
            }
            if (UserRows.holdsRequest(statements, c, request.userId(), request.requestId(), request.code())) {
                return Optional.of(IpUnblockOutcome.replayed(account.get()));
            }
            List<IpLockout> named = request.isForAllAddresses()
                    ? IpLockoutRows.findAll(c, request.userId())
                    : IpLockoutRows.find(c, request.userId(), request.ip()).stream()
                            .toList();
            IpUnblockOutcome outcome = IpUnblockOutcome.of(account.get(), request, named);
            IpLockoutRows.reset(c, request.userId(), named);
            UserRows.insertEvent(statements, c, AuditEvent.ipUnblocked(request, outcome));
            return Optional.of(outcome);
        });
    }

    @Override
    public Optional<UserAccount> recordFailedSignIn(String userId, long epochSecond, String ip, LockoutPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        String address = SignInOrigins.canonicalAddress(ip);
        return recordSignIn(
                "record a failed sign-in",
                userId,
                address,
                (account, record) -> SignInChange.failed(
                        account, record, epochSecond, address, policy, SignInOrigins.blockOrigin(address)));
    }

    @Override
    public Optional<UserAccount> recordSuccessfulSignIn(String userId, long epochSecond, String ip) {
        String address = SignInOrigins.canonicalAddress(ip);
        return recordSignIn(
                "record a successful sign-in",
                userId,
                address,
                (account, record) -> SignInChange.succeeded(account, record, epochSecond, address));
    }

    /**
     * Locks the user's row, applies the sign-in to what it read of the user and the address's
     * record, and writes back what changed and the events of the blocks it set.
     */
    private Optional<UserAccount> recordSignIn(
            String action, String userId, String address, BiFunction<UserAccount, IpLockout, SignInChange> signIn) {
        return inWriteTransaction(action, c -> {
            Optional<UserAccount> before = UserRows.find(statements, c, lockSql, userId);
            if (before.isEmpty()) {
                return Optional.empty();
            }
            IpLockout recordBefore = address == null
                    ? null
                    : IpLockoutRows.find(c, userId, address).orElse(null);
            SignInChange change = signIn.apply(before.get(), recordBefore);
            UserRows.writeStateIfChanged(statements, c, before.get(), change.account());
            if (change.address() != null && !change.address().equals(recordBefore)) {
                IpLockoutRows.upsert(c, userId, change.address());
            }
            for (AuditEvent event : change.events()) {
                UserRows.insertEvent(statements, c, event);
            }
            return Optional.of(change.account());
        });
    }

    @Override
    public void upsertAll(List<UserAccount> accounts) {
        if (!accounts.isEmpty()) {
            // An upsert may not touch a row twice in one statement: one account per id, the last.
            writeChunks("store users", UserRows.onePerId(accounts, true), true);
        }
    }

    @Override
    public int insertAllIfAbsent(List<UserAccount> accounts) {
        if (accounts.isEmpty()) {
            return 0;
        }
        return writeChunks("store missing users", UserRows.onePerId(accounts, false), false);
    }

    private int writeChunks(String action, Collection<UserAccount> accounts, boolean replace) {
        return inWriteTransaction(action, c -> {
            int written = 0;
            for (List<UserAccount> chunk : UserRows.chunks(accounts)) {
                written += dialect.writeChunk(c, chunk, replace);
                UserRows.refreshEmails(c, dialect.refreshEmails(), chunk);
            }
            return written;
        });
    }

    /** The count and the page in one read transaction: one snapshot. */
    @Override
    public LogPage logs(LogQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.matchesNothing()) {
            return new LogPage(List.of(), 0);
        }
        LogSql sql = LogSql.of(query);
        return inSnapshot(
                "list audit events",
                c -> new LogPage(sql.page(c, query.limit(), query.offset(), UserRows::event), sql.count(c)));
    }

    @Override
    public Optional<AuditEvent> logEntry(UUID eventId) {
        Objects.requireNonNull(eventId, "eventId");
        return withConnection("read an audit event", c -> {
            try (PreparedStatement select = c.prepareStatement(LogSql.FIND_ONE)) {
                LogSql.bindEventId(select, 1, eventId.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(UserRows.event(row, 1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<AuditEvent> auditEvents(String userId) {
        return withConnection("read audit events", c -> UserRows.auditEvents(c, userId));
    }

    @Override
    public int deleteEventsBefore(long epochSecond, int limit) {
        return inWriteTransaction("delete old audit events", c -> {
            try (PreparedStatement delete = c.prepareStatement(UserRows.DELETE_EVENTS_BEFORE)) {
                delete.setLong(1, epochSecond);
                delete.setInt(2, limit);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public int deleteIdleIpLockoutsBefore(long epochSecond, int limit) {
        return inWriteTransaction("delete idle IP lockout records", c -> {
            try (PreparedStatement delete = c.prepareStatement(IpLockoutRows.DELETE_IDLE_BEFORE)) {
                delete.setLong(1, epochSecond);
                delete.setLong(2, epochSecond);
                delete.setInt(3, limit);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Whether a connection can be had and answers, within about the connection timeout, and, once
     * a write was refused, whether the database takes a write again (it rewrites one probe row);
     * never throws.
     */
    @Override
    public boolean isAvailable() {
        try (Connection connection = reads.getConnection()) {
            if (!connection.isValid(validationSeconds)) {
                return false;
            }
        } catch (SQLException | RuntimeException unavailable) {
            return false;
        }
        if (!writesRefused) {
            return true;
        }
        try {
            inWriteTransaction("write the readiness probe", c -> {
                try (PreparedStatement probe = c.prepareStatement(UserRows.PROBE_WRITE)) {
                    probe.setLong(1, System.currentTimeMillis());
                    return probe.executeUpdate();
                }
            });
            return true;
        } catch (RuntimeException stillRefused) {
            LOG.debug("The database still refuses writes: {}", stillRefused.getMessage());
            return false;
        }
    }

    /** As many as the read pool has connections. */
    @Override
    public int blockingCallThreads() {
        return reads.getMaximumPoolSize();
    }

    /**
     * Publishes the connection pools' metrics ({@code hikaricp_connections_*}, with the pool
     * {@code users-db-reads} or {@code users-db-writes}) in the registry.
     */
    @Override
    public void bindMetrics(MeterRegistry registry) {
        reads.setMetricRegistry(registry);
        writeConnections.setMetricRegistry(registry);
    }

    /** Closes the pools' connections; an embedded SQLite database closes with its last connection. */
    @Override
    public void close() {
        writes.close();
        writeConnections.close();
        reads.close();
    }

    /**
     * Runs the work in a write transaction of the engine's {@link WritePath}, and keeps track of
     * whether the database refuses writes.
     */
    private <T> T inWriteTransaction(String action, Transactions.SqlWork<T> work) {
        T result;
        try {
            result = writes.run(action, work);
        } catch (SQLException failed) {
            throw translated(action, failed);
        }
        writesRefused = false;
        return result;
    }

    private <T> T withConnection(String action, Transactions.SqlWork<T> work) {
        try (Connection connection = reads.getConnection()) {
            return work.run(connection);
        } catch (SQLException failed) {
            throw translated(action, failed);
        }
    }

    private RuntimeException translated(String action, SQLException failed) {
        if (reads.isClosed()) {
            return new StoreUnavailableException("the repository is closed; cannot " + action, failed);
        }
        if (failures.refusesWrites(failed)) {
            writesRefused = true;
        }
        return failures.translate(action, failed);
    }
}
