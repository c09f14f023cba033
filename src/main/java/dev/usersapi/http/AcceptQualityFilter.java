package dev.usersapi.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Answers 406 when the {@code Accept} header refuses, by a weight of 0, every media type the
 * matched operation answers with ({@code Accept: application/json;q=0}, {@code *}{@code /*;q=0}).
 * Jersey picks the operation by the header but counts such ranges as matches, and would answer
 * 200. It runs where Jersey's own negotiation does, before the scope check and the operation.
 * Resources that choose their media type themselves (the API docs) are left alone.
 */
@Priority(Priorities.AUTHORIZATION - 100)
public final class AcceptQualityFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        // The header is looked at first: nearly every request has no weight of 0, and then nothing
        // else needs to be.
        List<String> acceptValues = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (!mayRefuseByWeight(acceptValues) || !(request.getUriInfo() instanceof ExtendedUriInfo uriInfo)) {
            return;
        }
        ResourceMethod method = uriInfo.getMatchedResourceMethod();
        if (method == null) {
            return;
        }
        List<MediaType> produced = method.getProducedTypes();
        if (produced.isEmpty() || produced.stream().anyMatch(MediaType::isWildcardType)) {
            return;
        }
        AcceptHeader accept = AcceptHeader.of(acceptValues);
        if (produced.stream().noneMatch(accept::admits)) {
            throw new NotAcceptableException();
        }
    }

    /**
     * Whether the header has a weight of 0 anywhere ({@code q=0}, {@code q=0.0}, ...; RFC 9110
     * allows no whitespace around the {@code =}). Without one Jersey's own matching is right, and
     * the header need not be parsed again on every request.
     */
    private static boolean mayRefuseByWeight(List<String> values) {
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (int i = value.indexOf('='); i > 0; i = value.indexOf('=', i + 1)) {
                char name = value.charAt(i - 1);
                if ((name == 'q' || name == 'Q') && i + 1 < value.length() && value.charAt(i + 1) == '0') {
                    return true;
                }
            }
        }
        return false;
    }
}
