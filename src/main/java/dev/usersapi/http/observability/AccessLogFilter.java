package dev.usersapi.http.observability;

import dev.usersapi.http.RequestFacts;
import dev.usersapi.http.auth.ApiKeyPrincipal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per request to the {@code access} logger: method, route template, status,
 * duration and the id of the API key used. Never the secret, the raw key header or a user id
 * from the path (the route template stands for it); the request id is in the logging context.
 *
 * <p>The method is the one thing on the line the client wrote; it is escaped and bounded
 * ({@link LogText}), since Grizzly passes on methods with control bytes and of any length.
 */
public final class AccessLogFilter implements ContainerResponseFilter {

    private static final Logger ACCESS = LoggerFactory.getLogger("access");
    /** Longer than any standard method; a longer one is an attack or a mistake, and is cut. */
    static final int MAX_METHOD_CHARS = 32;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        long elapsed = RequestFacts.elapsedNanos(request);
        if (elapsed < 0 || !ACCESS.isInfoEnabled()) {
            return;
        }
        String caller = ApiKeyPrincipal.keyIdOf(request.getSecurityContext());
        String keyId = caller == null ? "-" : caller;
        String route = RouteTemplates.of(request);
        long micros = elapsed / 1_000;
        String method = LogText.of(request.getMethod(), MAX_METHOD_CHARS);
        ACCESS.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("route", route)
                .addKeyValue("status", response.getStatus())
                .addKeyValue("duration_us", micros)
                .addKeyValue("key_id", keyId)
                .log("{} {} {} {}us key={}", method, route, response.getStatus(), micros, keyId);
    }
}
