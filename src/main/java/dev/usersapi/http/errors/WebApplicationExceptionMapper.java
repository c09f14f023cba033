package dev.usersapi.http.errors;

import dev.usersapi.http.Problems;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Turns Jersey's own refusals (unknown path, wrong method, unacceptable media type, ...) into
 * problem documents. Jersey would otherwise send them with an empty body. Headers that belong to
 * the refusal, such as {@code Allow} on a 405, are kept.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder builder = Problems.response(status, Problems.ofStatus(status, detailOf(exception)));
        original.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static String detailOf(WebApplicationException exception) {
        if (exception instanceof NotFoundException) {
            return "There is no resource at this path.";
        }
        if (exception instanceof NotAllowedException notAllowed) {
            return "This resource does not support the method; it allows "
                    + String.join(", ", notAllowed.getResponse().getAllowedMethods()) + ".";
        }
        if (exception instanceof NotAcceptableException) {
            return "This resource can only answer application/json or application/problem+json.";
        }
        if (exception instanceof NotSupportedException) {
            return "This resource does not accept a body of this media type.";
        }
        return "The request cannot be handled as it is.";
    }
}
