package dev.usersapi.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.message.internal.HeaderValueException;

/**
 * A request header that Jersey fails to parse inside a resource (such as a malformed
 * {@code If-None-Match} when the resource evaluates preconditions) is the client's error, not the
 * server's: it gets the 400 that Jersey gives headers it fails to parse while routing, and
 * {@link EmptyErrorBodyFilter} completes both alike. A header of the server's own response that
 * fails is a failure of the server.
 */
public final class HeaderValueExceptionMapper implements ExceptionMapper<HeaderValueException> {

    @Override
    public Response toResponse(HeaderValueException exception) {
        if (exception.getContext() != HeaderValueException.Context.INBOUND) {
            return UnexpectedFailures.responseFor(exception);
        }
        return Response.status(Response.Status.BAD_REQUEST).build();
    }
}
