package dev.usersapi.repository.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the database is and how patiently to talk to it.
 *
 * @param url the JDBC URL: {@code jdbc:sqlite:PATH} for the embedded store, {@code jdbc:postgresql://...}
 *     for a database shared by several server instances
 * @param user the database user, or {@code null} for the driver's default
 * @param password the user's password, or {@code null}
 * @param maximumPoolSize how many connections the pool keeps open at most (and at least)
 * @param connectionTimeout how long a call waits for a free connection (and, on SQLite, for its turn
 *     to write), and how long start-up tries to connect, before it fails with
 *     {@link dev.usersapi.repository.StoreUnavailableException}
 * @param socketTimeout PostgreSQL only: how long a call waits for the database to answer before the
 *     connection counts as lost; also bounds connecting. PostgreSQL's own statement and lock
 *     timeouts are set one second shorter, so that the database gives up (and rolls back) before
 *     the server does: a call that failed for lack of time changed nothing
 * @param durability SQLite only: what an acknowledged commit survives
 */
public record DatabaseSettings(
        String url,
        String user,
        String password,
        int maximumPoolSize,
        Duration connectionTimeout,
        Duration socketTimeout,
        Durability durability) {

    public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(10);

    /** Hikari refuses shorter connection timeouts. */
    private static final Duration MINIMUM_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        Objects.requireNonNull(durability, "durability");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("database URL must start with jdbc:, not " + JdbcUrls.redact(url));
        }
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximumPoolSize must be at least 1, not " + maximumPoolSize);
        }
        if (connectionTimeout.compareTo(MINIMUM_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms, not " + connectionTimeout);
        }
        if (socketTimeout.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new IllegalArgumentException("socketTimeout must be at least 2 s, not " + socketTimeout);
        }
    }

    /** Settings with the default pool size and timeouts. */
    public DatabaseSettings(String url, String user, String password) {
        this(
                url,
                user,
                password,
                DEFAULT_MAXIMUM_POOL_SIZE,
                DEFAULT_CONNECTION_TIMEOUT,
                DEFAULT_SOCKET_TIMEOUT,
                Durability.FULL);
    }

    public DatabaseSettings withMaximumPoolSize(int size) {
        return new DatabaseSettings(url, user, password, size, connectionTimeout, socketTimeout, durability);
    }

    public DatabaseSettings withTimeouts(Duration connection, Duration socket) {
        return new DatabaseSettings(url, user, password, maximumPoolSize, connection, socket, durability);
    }

    public DatabaseSettings withDurability(Durability sync) {
        return new DatabaseSettings(url, user, password, maximumPoolSize, connectionTimeout, socketTimeout, sync);
    }

    /** How long PostgreSQL may run one statement or wait for one lock: less than the server waits. */
    Duration statementTimeout() {
        return socketTimeout.minusSeconds(1);
    }

    /** Never shows the password, and hides one given in the URL. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + JdbcUrls.redact(url) + ", user=" + user
                + ", password=" + (password == null ? null : "***") + ", maximumPoolSize=" + maximumPoolSize
                + ", connectionTimeout=" + connectionTimeout + ", socketTimeout=" + socketTimeout
                + ", durability=" + durability + "]";
    }
}
