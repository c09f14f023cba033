package dev.usersapi.problems;

import dev.usersapi.generated.model.ProblemDetails;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Completes every error response that has no body into a problem document. Some never pass an
 * exception mapper: Jersey answers a header it cannot parse while routing (a malformed
 * {@code Accept} or {@code Content-Type}) with a bare 400 of its own, and a resource may answer a
 * failed precondition (412) through {@code Request#evaluatePreconditions}, which builds no body.
 *
 * <p>Response filters run in descending priority; this one runs before the response side of
 * {@code RequestIdFilter}, which adds the request id and instance to every problem.
 */
@Priority(Priorities.USER)
public final class EmptyErrorBodyFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        ProblemDetails problem;
        if (status >= 500) {
            // Whatever answered a server error without a body gave no cause; it is still a failure.
            problem = UnexpectedFailures.logged(null, UnexpectedFailures.currentRequestId());
            response.setStatus(problem.getStatus());
        } else {
            problem = Problems.ofStatus(status, detailOf(status, request));
        }
        response.setEntity(problem, null, Problems.MEDIA_TYPE_TYPE);
        response.getHeaders().remove("Content-Length");
    }

    private static String detailOf(int status, ContainerRequestContext request) {
        if (status == 400) {
            return RefusalDetails.malformedHeader(
                    MalformedHeaders.firstIn(request).orElse(null));
        }
        return RefusalDetails.of(status);
    }
}
