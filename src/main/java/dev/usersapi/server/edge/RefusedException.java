package dev.usersapi.server.edge;

/**
 * Ends the reading of a request the edge will not pass on. It carries no stack trace: refusals
 * are expected input, and a hostile client must not be able to make the server build traces.
 */
final class RefusedException extends RuntimeException {

    private final int status;

    RefusedException(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    String detail() {
        return getMessage();
    }
}
