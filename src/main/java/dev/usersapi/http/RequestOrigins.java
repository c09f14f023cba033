package dev.usersapi.http;

import dev.usersapi.domain.EventOrigin;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.glassfish.grizzly.http.server.Request;

/**
 * Where a request came from and came in, for the audit events it causes: the TCP peer's address
 * (never {@code X-Forwarded-For}, which any client can write), the local address, and the
 * {@code User-Agent}.
 *
 * <p>The connection's addresses are on Grizzly's request, which the server puts in the request's
 * properties as it arrives ({@link #ATTRIBUTE}); Jersey's own way to it, an injected provider,
 * costs a lookup in its injection container per call.
 */
public final class RequestOrigins {

    /** The property (a Grizzly request attribute) that holds Grizzly's request. */
    public static final String ATTRIBUTE = RequestOrigins.class.getName() + ".connection";

    private RequestOrigins() {}

    /** The origin of an event this process writes for the request. */
    public static EventOrigin of(ContainerRequestContext request) {
        String userAgent = request.getHeaderString(HttpHeaders.USER_AGENT);
        Object connection = request.getProperty(ATTRIBUTE);
        if (connection instanceof Request grizzly) {
            return EventOrigin.ofThisProcess(grizzly.getLocalAddr(), grizzly.getRemoteAddr(), userAgent);
        }
        return EventOrigin.ofThisProcess("", null, userAgent);
    }
}
