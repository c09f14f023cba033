package dev.usersapi.problems;

import dev.usersapi.contract.RequestIds;
import dev.usersapi.generated.model.ProblemDetails;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.slf4j.MDC;

/**
 * Replaces Grizzly's HTML error pages, which would also show a stack trace, with problem
 * documents. Grizzly asks for one when a request fails outside Jersey's exception mappers: a
 * request URI Jersey cannot parse (such as {@code /api/users/%zz}), which Grizzly would answer
 * with a 500 and is answered 400 here; or a failure while Jersey writes a response, which is a
 * failure of the server like any other ({@link UnexpectedFailures}: logged once, here, since
 * Grizzly logs it only at a debugging level).
 */
public final class ProblemErrorPageGenerator implements ErrorPageGenerator {

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description, Throwable exception) {
        String requestId = requestIdOf(request);
        ProblemDetails problem;
        if (isMalformedUri(exception)) {
            problem = Problems.ofStatus(HttpStatus.BAD_REQUEST_400.getStatusCode(), "The request URI is malformed.");
        } else if (status >= 500) {
            problem = loggedFailure(exception, requestId);
        } else {
            problem = Problems.ofStatus(status, RefusalDetails.of(status));
        }
        problem.requestId(requestId).instance(instanceOf(request));
        request.getResponse().setStatus(problem.getStatus());
        request.getResponse().setHeader(RequestIds.HEADER, requestId);
        request.getResponse().setContentType(Problems.MEDIA_TYPE);
        request.getResponse().setCharacterEncoding("UTF-8");
        return new String(ProtocolErrorBodies.serialized(problem), StandardCharsets.UTF_8);
    }

    private static boolean isMalformedUri(Throwable exception) {
        return exception instanceof IllegalArgumentException && exception.getCause() instanceof URISyntaxException;
    }

    /** Logs under the request's id, as the request's own log lines were. */
    private static ProblemDetails loggedFailure(Throwable exception, String requestId) {
        MDC.put(RequestIds.LOG_FIELD, requestId);
        try {
            return UnexpectedFailures.logged(exception, requestId);
        } finally {
            MDC.remove(RequestIds.LOG_FIELD);
        }
    }

    /** The id Jersey gave the request if it got that far (Jersey keeps request properties as attributes), else a new one. */
    private static String requestIdOf(Request request) {
        Object known = request.getAttribute(RequestIds.ATTRIBUTE);
        return known != null ? known.toString() : RequestIds.offeredOrNew(request.getHeader(RequestIds.HEADER));
    }

    private static String instanceOf(Request request) {
        return ProtocolErrorBodies.echoablePath(request.getRequestURI());
    }
}
