package dev.usersapi.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The last resort: logs the cause under a fresh error id and answers a 500 problem that carries
 * the id but nothing of the cause, so no internals reach the client ({@link UnexpectedFailures}).
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        return UnexpectedFailures.responseFor(exception);
    }
}
