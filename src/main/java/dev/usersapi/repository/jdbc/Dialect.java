package dev.usersapi.repository.jdbc;

import com.zaxxer.hikari.HikariConfig;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What differs between the engines, and nothing else: URL and driver settings, migrations, how a
 * batch of accounts is written, which failures mean "the database is unavailable", how write
 * transactions are run, and at most one engine-specific fast path. The operations themselves,
 * and the lockout rules they apply, are written once in {@link JdbcUserRepository} and the domain.
 */
abstract sealed class Dialect permits SqliteDialect, PostgresDialect {

    static Dialect of(DatabaseSettings settings) {
        return switch (Engine.of(settings.url())) {
            case SQLITE -> new SqliteDialect(settings);
            case POSTGRESQL -> new PostgresDialect(settings);
        };
    }

    abstract Engine engine();

    /**
     * Where this engine's Flyway migrations are. (Flyway 13 no longer expands a {@code {vendor}}
     * placeholder in locations, so the engine names its folder.)
     */
    final String migrations() {
        return "classpath:db/migration/" + engine().migrationFolder();
    }

    /** Pool, URL and driver settings: the configured URL plus what this store needs. */
    abstract void configure(HikariConfig config);

    /** What must be done before the pool opens its first connection, such as creating a directory. */
    void prepare() {}

    /**
     * The clause that makes a {@code SELECT} of the user's row lock it until the transaction ends;
     * empty where the transaction holds the write lock from its start.
     */
    abstract String lockClause();

    /** Where the store's hot statements come from: made per call, or kept per connection. */
    abstract Statements statements();

    /** How write transactions run on this engine: all at once, or batched by one writer. */
    abstract WritePath writePath(DataSource dataSource, SqlFailures failures);

    /** How many connections the write path needs, for a pool of {@code poolSize} readers. */
    abstract int writeConnections(int poolSize);

    /**
     * Writes a batch of at most {@link UserRows#CHUNK_SIZE} accounts with distinct ids, inside the
     * caller's transaction: replacing existing ones, or leaving them and skipping.
     *
     * @return how many accounts were written
     */
    abstract int writeChunk(Connection connection, List<UserAccount> chunk, boolean replace) throws SQLException;

    /**
     * The ordering clause that puts missing values (SQL NULL) before every value when ascending and
     * after every value when descending, as the domain's order does; empty where that is the
     * engine's own default.
     */
    abstract String nullsAsSmallest(boolean descending);

    /** The column as it is ordered by its bytes, as Java orders ASCII strings, whatever the collation. */
    abstract String byteOrder(String column);

    /**
     * The isolation level under which a listing's count and page see the same data: one snapshot
     * of the database.
     */
    abstract int snapshotIsolation();

    /**
     * The two statements that make the e-mail index of the given users match their stored
     * profiles: the first deletes their entries, the second adds those of their profiles. Each
     * takes one parameter, the users' ids as a JSON array.
     */
    abstract List<String> refreshEmails();

    /** Whether the engine's own error code says the database cannot be used now. */
    abstract boolean isUnavailable(SQLException failure);

    /**
     * Whether the failure says the database refuses writes while it may still serve reads: a
     * full disk, a read-only file or standby. The store then reports itself not ready until a
     * write succeeds again.
     */
    abstract boolean refusesWrites(SQLException failure);

    /**
     * This engine's fast path for an unblock, in place of {@link JdbcUserRepository}'s portable
     * lock-apply-write transaction; {@code null} when it has none. It must do exactly what the
     * portable path does.
     */
    UnblockStatement fastUnblock() {
        return null;
    }

    /** An unblock as one engine-specific statement, on a connection in auto-commit mode. */
    @FunctionalInterface
    interface UnblockStatement {
        Optional<UnblockOutcome> unblock(Connection connection, UnblockRequest request) throws SQLException;
    }
}
