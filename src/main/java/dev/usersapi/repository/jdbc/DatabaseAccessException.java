package dev.usersapi.repository.jdbc;

/**
 * A database call failed for a reason other than the database being unreachable: a constraint
 * violation, a lock timeout, a bug in a statement. Not worth retrying as it is.
 */
public class DatabaseAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
