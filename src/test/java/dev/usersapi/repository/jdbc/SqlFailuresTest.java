package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.repository.StoreUnavailableException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void connectionFailuresAndServerShutdownsMeanUnavailable() {
        assertTrue(SqlFailures.isUnavailable(new SQLException("refused", "08001")));
        assertTrue(SqlFailures.isUnavailable(new SQLException("io", "08006", new SocketTimeoutException())));
        assertTrue(SqlFailures.isUnavailable(new SQLException("terminating connection", "57P01")));
        assertTrue(SqlFailures.isUnavailable(new SQLException("crash", "57P02")));
        assertTrue(SqlFailures.isUnavailable(new SQLException("starting up", "57P03")));
        assertTrue(SqlFailures.isUnavailable(new SQLTransientConnectionException("pool timed out")));
        assertTrue(SqlFailures.isUnavailable(new RuntimeException(new SQLException("wrapped", "08003"))));
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("lost", "08006"));
        assertTrue(SqlFailures.isUnavailable(chained));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(SqlFailures.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(SqlFailures.isUnavailable(new SQLException("canceled by statement timeout", "57014")));
        assertFalse(SqlFailures.isUnavailable(new SQLException("no state")));
        assertFalse(SqlFailures.isUnavailable(new SQLException("not an H2 exception", "90098", 90098)));
    }

    @Test
    void translateChoosesTheExceptionType() {
        assertInstanceOf(
                StoreUnavailableException.class,
                SqlFailures.translate("find a user", new SQLException("refused", "08001")));
        assertInstanceOf(
                DatabaseAccessException.class,
                SqlFailures.translate("find a user", new SQLException("syntax", "42601")));
    }
}
