package dev.usersapi.repository.jdbc;

import com.zaxxer.hikari.HikariConfig;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What differs between the engines: URL and driver settings, and the statements of the changing
 * operations. Each operation gets a pooled connection in auto-commit mode and leaves it either
 * committed or rolled back.
 */
abstract sealed class Dialect permits H2Dialect, PostgresDialect {

    static Dialect forUrl(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return new H2Dialect();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        throw new IllegalArgumentException("unsupported database URL " + JdbcUrls.redact(url)
                + ": expected jdbc:h2:file:... or jdbc:postgresql://...");
    }

    /** The engine's name for messages. */
    abstract String name();

    /**
     * Where this engine's Flyway migrations are. (Flyway 13 no longer expands a {@code {vendor}}
     * placeholder in locations, so each dialect names its folder.)
     */
    abstract String migrations();

    /** The URL to connect with: the configured one plus the settings this store needs. */
    String jdbcUrl(String url) {
        return url;
    }

    /** Engine-specific pool and driver settings. */
    void configure(HikariConfig config, DatabaseSettings settings) {}

    abstract Optional<UnblockOutcome> unblock(Connection connection, UnblockRequest request) throws SQLException;

    abstract Optional<UserAccount> recordFailedSignIn(
            Connection connection, String userId, long epochSecond, LockoutPolicy policy) throws SQLException;

    abstract Optional<UserAccount> recordSuccessfulSignIn(Connection connection, String userId, long epochSecond)
            throws SQLException;

    /** Stores the accounts (one per id, the last wins), replacing existing ones, in one transaction. */
    abstract void upsertAll(Connection connection, List<UserAccount> accounts) throws SQLException;

    /** Stores the accounts whose ids are free (the first of each id wins) in one transaction. */
    abstract int insertAllIfAbsent(Connection connection, List<UserAccount> accounts) throws SQLException;
}
