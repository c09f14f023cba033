package dev.usersapi.http;

import dev.usersapi.contract.RequestIds;
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
 * to log safely, a fresh one otherwise. The id and the time the request arrived are kept as
 * request properties ({@link RequestFacts}); the id is echoed on every response, added to problem
 * documents (with the request path as {@code instance}) and put in the logging context.
 *
 * <p>Its response side runs last of all response filters (they run in descending priority), and
 * takes the id out of the logging context and ends the thread's {@link CurrentRequest};
 * {@link RequestScopeCleanup} does the same for requests that fail before it runs.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String id = RequestIds.offeredOrNew(request.getHeaderString(RequestIds.HEADER));
        RequestFacts.begin(request, id);
        CurrentRequest.begin(request);
        MDC.put(RequestIds.LOG_FIELD, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            String id = RequestFacts.idOf(request);
            if (id != null) {
                stamp(request, response, id);
            }
        } finally {
            MDC.remove(RequestIds.LOG_FIELD);
            CurrentRequest.end();
        }
    }

    private static void stamp(ContainerRequestContext request, ContainerResponseContext response, String id) {
        response.getHeaders().putSingle(RequestIds.HEADER, id);
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
