package dev.usersapi.repository.jdbc;

import com.zaxxer.hikari.HikariConfig;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.StoreUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * SQLite, in the server process, one file: the embedded default.
 *
 * <ul>
 * <li>WAL journal: readers never wait for the writer, and a commit appends to the log instead of
 *     rewriting pages; the log is folded back into the database every 1,000 pages (SQLite's
 *     automatic checkpoint) and cut back to {@value #JOURNAL_SIZE_LIMIT} bytes afterwards, so it
 *     does not stay at its largest size.
 * <li>{@code synchronous} from {@link DatabaseSettings#durability()}: {@code FULL} syncs the log at
 *     every commit (survives power loss), {@code NORMAL} only at checkpoints (survives a crash of
 *     the process, which is what {@code kill -9} is, but not of the machine).
 * <li>Write transactions begin with {@code BEGIN IMMEDIATE}, taking the write lock at once, so a
 *     transaction that read a row cannot find it changed when it writes; they are run by one
 *     writer thread, several calls per commit ({@link BatchedWrites}), rather than by threads
 *     taking turns in SQLite's busy handler. The busy timeout is for other processes holding the
 *     lock (a backup, the {@code sqlite3} shell). They are opened
 *     and closed by SQL, not by the driver's auto-commit switch: the driver opens the next
 *     transaction as soon as one commits, holding the write lock between calls, and after a
 *     commit that SQLite itself rolled back (a full disk) its idea of the connection's state
 *     went wrong, so that the next transaction on it ran without one.
 * </ul>
 */
final class SqliteDialect extends Dialect {

    private static final long JOURNAL_SIZE_LIMIT = 64L * 1024 * 1024;

    /**
     * SQLite's primary result codes that mean the database cannot be used now, though it may be
     * again: BUSY (5), LOCKED (6), READONLY (8), IOERR (10), FULL (13), CANTOPEN (14).
     */
    private static final Set<Integer> UNAVAILABLE_CODES = Set.of(5, 6, 8, 10, 13, 14);

    /** READONLY (8), IOERR (10), FULL (13), CANTOPEN (14): the disk or the file refuses writes. */
    private static final Set<Integer> WRITE_REFUSAL_CODES = Set.of(8, 10, 13, 14);

    private static final String COLUMNS = UserRows.USER_COLUMNS;
    private static final String INSERT =
            "INSERT INTO users (" + COLUMNS + ") VALUES (" + "?, ".repeat(UserRows.USER_COLUMN_COUNT - 1) + "?)";
    private static final String UPSERT = INSERT + " " + UserRows.ON_CONFLICT_REPLACE;
    private static final String INSERT_IF_ABSENT = INSERT + " " + UserRows.ON_CONFLICT_KEEP;

    /** See {@link Dialect#refreshEmails}; SQLite's {@code lower} changes ASCII letters only. */
    private static final List<String> REFRESH_EMAILS =
            List.of("DELETE FROM user_emails WHERE user_id IN (SELECT value FROM json_each(?))", """
            INSERT OR IGNORE INTO user_emails (user_id, email)
            SELECT u.user_id, lower(json_extract(e.value, '$.email'))
              FROM users AS u, json_each(u.profile, '$.emails') AS e
             WHERE u.user_id IN (SELECT value FROM json_each(?))
               AND e.type = 'object' AND json_type(e.value, '$.email') = 'text'""");

    private final DatabaseSettings settings;

    SqliteDialect(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    Engine engine() {
        return Engine.SQLITE;
    }

    /**
     * Creates the directory and, on the first start, the database file. The pool's connections
     * then open the file without the right to create it: a connection opened after the file was
     * moved or deleted fails, where it would otherwise start a new, empty database at the path.
     */
    @Override
    void prepare() {
        Path file = databaseFile(settings.url());
        Path directory = file.toAbsolutePath().getParent();
        try {
            if (directory != null) {
                Files.createDirectories(directory);
            }
            if (Files.notExists(file)) {
                DriverManager.getConnection(settings.url()).close();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot create the directory of the SQLite database " + file, failed);
        } catch (SQLException failed) {
            throw new StoreUnavailableException(
                    "cannot create the SQLite database " + file + ": " + failed.getMessage(), failed);
        }
    }

    /**
     * The file of a {@code jdbc:sqlite:} URL. Refuses in-memory databases: each pooled connection
     * would get a database of its own ({@code --store memory} is the store for that).
     */
    static Path databaseFile(String url) {
        String path = url.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.isBlank() || path.toLowerCase(Locale.ROOT).contains(":memory:")) {
            throw new IllegalArgumentException(
                    "the SQLite URL must name a file (jdbc:sqlite:PATH); for a store in memory use --store memory");
        }
        return Path.of(path);
    }

    @Override
    void configure(HikariConfig config) {
        config.setJdbcUrl(settings.url());
        // Read as SQLite pragmas by the driver when it opens each connection.
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", settings.durability().sqliteSynchronous());
        config.addDataSourceProperty(
                "busy_timeout", String.valueOf(settings.connectionTimeout().toMillis()));
        config.addDataSourceProperty("journal_size_limit", String.valueOf(JOURNAL_SIZE_LIMIT));
        // Read and write an existing file, never create one (see prepare), and take file: URIs.
        config.addDataSourceProperty(
                "open_mode", String.valueOf(SQLiteOpenMode.READWRITE.flag | SQLiteOpenMode.OPEN_URI.flag));
    }

    @Override
    String lockClause() {
        return "";
    }

    @Override
    Statements statements() {
        return Statements.perConnection();
    }

    @Override
    WritePath writePath(DataSource dataSource, SqlFailures failures) {
        DatabaseFileIdentity file = DatabaseFileIdentity.of(databaseFile(settings.url()));
        return new BatchedWrites(
                dataSource,
                "BEGIN IMMEDIATE",
                settings.connectionTimeout(),
                failures::isUnavailable,
                file::requireInPlace);
    }

    /** One: the batch writer's. */
    @Override
    int writeConnections(int poolSize) {
        return 1;
    }

    @Override
    int writeChunk(Connection connection, List<UserAccount> chunk, boolean replace) throws SQLException {
        int written = 0;
        try (PreparedStatement insert = connection.prepareStatement(replace ? UPSERT : INSERT_IF_ABSENT)) {
            for (UserAccount account : chunk) {
                UserRows.bindAccount(insert, 1, account);
                insert.addBatch();
            }
            for (int count : insert.executeBatch()) {
                written += Math.max(0, count);
            }
        }
        return written;
    }

    /** SQLite sorts NULL as smaller than every value already. */
    @Override
    String nullsAsSmallest(boolean descending) {
        return "";
    }

    /** The BINARY collation, SQLite's default, compares bytes. */
    @Override
    String byteOrder(String column) {
        return column;
    }

    /** A read transaction in WAL mode sees one snapshot; SQLite's transactions are serializable. */
    @Override
    int snapshotIsolation() {
        return Connection.TRANSACTION_SERIALIZABLE;
    }

    @Override
    List<String> refreshEmails() {
        return REFRESH_EMAILS;
    }

    @Override
    boolean isUnavailable(SQLException failure) {
        return isSqlite(failure) && UNAVAILABLE_CODES.contains(failure.getErrorCode() & 0xFF);
    }

    @Override
    boolean refusesWrites(SQLException failure) {
        return isSqlite(failure) && WRITE_REFUSAL_CODES.contains(failure.getErrorCode() & 0xFF);
    }

    private static boolean isSqlite(SQLException failure) {
        return failure.getClass().getName().startsWith("org.sqlite.");
    }
}
