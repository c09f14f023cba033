package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.repository.StoreUnavailableException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqlFailuresTest {

    private final SqlFailures postgres = new SqlFailures(new PostgresDialect(TestSettings.postgres()));
    private final SqlFailures sqlite = new SqlFailures(new SqliteDialect(TestSettings.sqlite()));

    @Test
    void connectionFailuresAndServerShutdownsMeanUnavailable() {
        assertTrue(postgres.isUnavailable(new SQLException("refused", "08001")));
        assertTrue(postgres.isUnavailable(new SQLException("io", "08006", new SocketTimeoutException())));
        assertTrue(postgres.isUnavailable(new SQLException("terminating connection", "57P01")));
        assertTrue(postgres.isUnavailable(new SQLException("crash", "57P02")));
        assertTrue(postgres.isUnavailable(new SQLException("starting up", "57P03")));
        assertTrue(postgres.isUnavailable(new SQLException("canceled by statement timeout", "57014")));
        assertTrue(postgres.isUnavailable(new SQLException("lock timeout", "55P03")));
        assertTrue(postgres.isUnavailable(new SQLTransientConnectionException("pool timed out")));
        assertTrue(postgres.isUnavailable(new RuntimeException(new SQLException("wrapped", "08003"))));
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("lost", "08006"));
        assertTrue(postgres.isUnavailable(chained));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(postgres.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(postgres.isUnavailable(new SQLException("no state")));
        assertFalse(sqlite.isUnavailable(new SQLException("not a SQLite exception", null, 13)));
    }

    @Test
    void sqliteBusyFullAndIoErrorsMeanUnavailable() {
        assertTrue(sqlite.isUnavailable(new SQLiteException("database is locked", SQLiteErrorCode.SQLITE_BUSY)));
        assertTrue(sqlite.isUnavailable(new SQLiteException("disk full", SQLiteErrorCode.SQLITE_FULL)));
        assertTrue(sqlite.isUnavailable(new SQLiteException("write failed", SQLiteErrorCode.SQLITE_IOERR_WRITE)));
        assertTrue(sqlite.isUnavailable(new SQLiteException("read only", SQLiteErrorCode.SQLITE_READONLY)));
        assertFalse(sqlite.isUnavailable(new SQLiteException("constraint", SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK)));
        assertFalse(sqlite.isUnavailable(new SQLiteException("syntax", SQLiteErrorCode.SQLITE_ERROR)));
    }

    @Test
    void translateChoosesTheExceptionType() {
        assertInstanceOf(
                StoreUnavailableException.class,
                postgres.translate("find a user", new SQLException("refused", "08001")));
        assertInstanceOf(
                DatabaseAccessException.class, postgres.translate("find a user", new SQLException("syntax", "42601")));
    }
}
