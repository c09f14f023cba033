package dev.usersapi.repository;

/**
 * The store cannot be reached right now: the database is down or unreachable, the connection was
 * lost, or no connection became free in time. The call may well succeed later; the HTTP edge
 * answers 503. Whether a change made by the failed call took effect is unknown.
 */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
