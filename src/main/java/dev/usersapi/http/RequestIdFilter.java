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
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is short and plain enough
 * to log safely, a fresh one otherwise. The id is echoed on every response, added to problem
 * documents (with the request path as {@code instance}) and put in the logging context.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    private static final String PROPERTY = RequestIdFilter.class.getName();
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public void filter(ContainerRequestContext request) {
        String offered = request.getHeaderString(HEADER);
        String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : RequestIds.newId();
        request.setProperty(PROPERTY, id);
        CallContext.begin(id);
        MDC.put(MDC_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CallContext.end();
        Object id = request.getProperty(PROPERTY);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(HEADER, id);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        Object entity = response.getEntity();
        if (entity instanceof ProblemDetails problem) {
            problem.setRequestId(id.toString());
            problem.setInstance(path);
        } else if (entity instanceof ValidationProblemDetails problem) {
            problem.setRequestId(id.toString());
            problem.setInstance(path);
        }
    }
}
