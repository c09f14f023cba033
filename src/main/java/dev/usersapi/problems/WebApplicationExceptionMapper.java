package dev.usersapi.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.RuntimeResource;

/**
 * Turns Jersey's own refusals (unknown path, wrong method, unacceptable media type, ...) into
 * problem documents. Jersey would otherwise send them with an empty body. Headers that belong to
 * the refusal are kept, with {@code Allow} on a 405 restated as {@link AllowedMethods} has it. The
 * detail is always in the server's words ({@link RefusalDetails}), never the exception's message.
 * A server error raised this way is a failure like any other ({@link UnexpectedFailures}).
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** Headers of Jersey's own (empty) answer that the problem replaces rather than keeps. */
    private static final Set<String> REPLACED_HEADERS = Set.of(
            HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
            HttpHeaders.ALLOW.toLowerCase(Locale.ROOT));

    @Context
    private ExtendedUriInfo uriInfo;

    @Context
    private Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return UnexpectedFailures.responseFor(exception);
        }
        List<String> allowed = status == 405 ? AllowedMethods.of(original.getAllowedMethods()) : List.of();
        Response.ResponseBuilder builder =
                Problems.response(status, Problems.ofStatus(status, detailOf(status, allowed)));
        original.getStringHeaders().forEach((name, values) -> {
            if (!REPLACED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        if (!allowed.isEmpty()) {
            builder.header(HttpHeaders.ALLOW, String.join(", ", allowed));
        }
        return builder.build();
    }

    private String detailOf(int status, List<String> allowed) {
        return switch (status) {
            case 405 -> RefusalDetails.methodNotAllowed(allowed);
            case 406 -> RefusalDetails.notAcceptable(typesTheResourceAnswers());
            default -> RefusalDetails.of(status);
        };
    }

    /**
     * The media types the matched resource answers for the request's method: those of the matched
     * method once there is one (a refusal by {@code AcceptQualityFilter}), else of the matched
     * resource's methods for the request's HTTP method (Jersey's own refusal, before it picks one).
     */
    private List<MediaType> typesTheResourceAnswers() {
        ResourceMethod matched = uriInfo.getMatchedResourceMethod();
        if (matched != null) {
            return matched.getProducedTypes();
        }
        // Jersey answers HEAD with the GET method.
        String method = "HEAD".equalsIgnoreCase(request.getMethod()) ? "GET" : request.getMethod();
        return uriInfo.getMatchedRuntimeResources().stream()
                .limit(1)
                .map(RuntimeResource::getResourceMethods)
                .flatMap(List::stream)
                .filter(candidate -> candidate.getHttpMethod().equalsIgnoreCase(method))
                .flatMap(candidate -> candidate.getProducedTypes().stream())
                .toList();
    }
}
