package dev.usersapi.http;

import dev.usersapi.contract.RequestIds;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * What the server notes about a request when it arrives, its id and arrival time, kept as
 * properties of the request itself, so they leave with it and need no clean-up. Set by
 * {@link RequestIdFilter}, the first filter; read by the resources, the access log, the metrics
 * and the problem mappers.
 */
public final class RequestFacts {

    private static final String STARTED_NANOS = RequestFacts.class.getName() + ".startedNanos";

    private RequestFacts() {}

    static void begin(ContainerRequestContext request, String id) {
        request.setProperty(RequestIds.ATTRIBUTE, id);
        request.setProperty(STARTED_NANOS, System.nanoTime());
    }

    /** The request's id, or null for a request refused before it got one. */
    public static String idOf(ContainerRequestContext request) {
        return (String) request.getProperty(RequestIds.ATTRIBUTE);
    }

    /** Nanoseconds since the request's first filter ran, or -1 for a request refused before it. */
    public static long elapsedNanos(ContainerRequestContext request) {
        Object started = request.getProperty(STARTED_NANOS);
        return started == null ? -1 : System.nanoTime() - (Long) started;
    }
}
