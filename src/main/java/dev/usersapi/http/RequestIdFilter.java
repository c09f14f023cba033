package dev.usersapi.http;

import dev.usersapi.generated.model.ProblemDetails;
import dev.usersapi.generated.model.ValidationProblemDetails;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import org.slf4j.MDC;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is short and plain enough
 * to log safely, a fresh one otherwise. The id is echoed on every response, added to problem
 * documents (with the request path as {@code instance}) and put in the logging context.
 *
 * <p>Its response side runs last of all response filters (they run in descending priority), so
 * the access log and metrics still see the request's context; it then takes the context off the
 * worker thread. {@link RequestScopeCleanup} does the same for requests that fail before it runs.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    /**
     * The request property holding the id. Jersey on Grizzly keeps request properties as attributes
     * of the Grizzly request, so the id can still be found there if the request fails outside Jersey.
     */
    public static final String ID_PROPERTY = RequestIdFilter.class.getName() + ".id";

    @Override
    public void filter(ContainerRequestContext request) {
        String id = RequestIds.offeredOrNew(request.getHeaderString(HEADER));
        request.setProperty(ID_PROPERTY, id);
        CallContext.begin(id);
        MDC.put(MDC_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            Object id = request.getProperty(ID_PROPERTY);
            if (id != null) {
                stamp(request, response, id.toString());
            }
        } finally {
            CallContext.end();
            MDC.remove(MDC_KEY);
        }
    }

    private static void stamp(ContainerRequestContext request, ContainerResponseContext response, String id) {
        response.getHeaders().putSingle(HEADER, id);
        String path = instanceOf(request);
        Object entity = response.getEntity();
        if (entity instanceof ProblemDetails problem) {
            problem.setRequestId(id);
            problem.setInstance(path);
        } else if (entity instanceof ValidationProblemDetails problem) {
            problem.setRequestId(id);
            problem.setInstance(path);
        }
    }

    /** The path as sent, without the query; {@code /} for a target without one (such as {@code OPTIONS *}). */
    private static String instanceOf(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return path == null || !path.startsWith("/") ? "/" : path;
    }
}
