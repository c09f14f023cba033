package dev.usersapi.http;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The request the current thread is serving, for the resources, which are singletons. Jersey's
 * own way, an injected {@code Provider<ContainerRequestContext>}, looks the request up in its
 * injection container on every call, and that lookup was a tenth of the server's CPU time on the
 * unblock path. Jersey runs a request's filters, its resource method and its exception mapping
 * on one thread (there are no asynchronous resources here), so a thread-local set by the first
 * filter is enough; {@link RequestIdFilter} sets and clears it, and {@link RequestScopeCleanup}
 * clears it too for a request that ends before its response filters run.
 */
public final class CurrentRequest {

    private static final ThreadLocal<ContainerRequestContext> SERVING = new ThreadLocal<>();

    private CurrentRequest() {}

    static void begin(ContainerRequestContext request) {
        SERVING.set(request);
    }

    static void end() {
        SERVING.remove();
    }

    /**
     * @throws IllegalStateException on a thread that is not serving a request
     */
    public static ContainerRequestContext get() {
        ContainerRequestContext request = SERVING.get();
        if (request == null) {
            throw new IllegalStateException("this thread is not serving a request");
        }
        return request;
    }
}
