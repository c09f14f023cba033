package dev.usersapi.server;

import dev.usersapi.http.Problems;
import dev.usersapi.http.RequestIdFilter;
import dev.usersapi.http.RequestIds;
import dev.usersapi.server.edge.ProtocolErrorBodies;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.util.HttpStatus;

/**
 * Replaces Grizzly's HTML error pages, which would also show a stack trace. The one case that
 * reaches it in practice is a request URI Jersey cannot parse (such as {@code /api/users/%zz}),
 * which Grizzly would otherwise answer with a 500.
 */
final class ProblemErrorPageGenerator implements ErrorPageGenerator {

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description, Throwable exception) {
        int answered = status;
        String detail = description;
        if (exception instanceof IllegalArgumentException && exception.getCause() instanceof URISyntaxException) {
            answered = HttpStatus.BAD_REQUEST_400.getStatusCode();
            detail = "The request URI is malformed.";
            request.getResponse().setStatus(HttpStatus.BAD_REQUEST_400);
        }
        String requestId = RequestIds.newId();
        request.getResponse().setHeader(RequestIdFilter.HEADER, requestId);
        request.getResponse().setContentType(Problems.MEDIA_TYPE);
        request.getResponse().setCharacterEncoding("UTF-8");
        return new String(ProtocolErrorBodies.problem(answered, detail,
                ProtocolErrorBodies.echoablePath(request.getRequestURI()), requestId), StandardCharsets.UTF_8);
    }
}
