package dev.usersapi.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Finds which request header Jersey could not parse. Jersey refuses such a request before any
 * exception mapper sees it, with a bare 400 and nothing to say which header it was; parsing the
 * headers Jersey parses on the way again names it.
 */
final class MalformedHeaders {

    /** The headers Jersey parses while routing, or when a resource evaluates preconditions, and how. */
    private static final Map<String, Consumer<ContainerRequestContext>> PARSERS = parsers();

    private MalformedHeaders() {}

    static Optional<String> firstIn(ContainerRequestContext request) {
        for (Map.Entry<String, Consumer<ContainerRequestContext>> header : PARSERS.entrySet()) {
            if (request.getHeaderString(header.getKey()) == null) {
                continue;
            }
            try {
                header.getValue().accept(request);
            } catch (RuntimeException unparsable) {
                return Optional.of(header.getKey());
            }
        }
        return Optional.empty();
    }

    private static Map<String, Consumer<ContainerRequestContext>> parsers() {
        Map<String, Consumer<ContainerRequestContext>> parsers = new LinkedHashMap<>();
        parsers.put(HttpHeaders.CONTENT_TYPE, ContainerRequestContext::getMediaType);
        parsers.put(HttpHeaders.ACCEPT, ContainerRequestContext::getAcceptableMediaTypes);
        parsers.put(HttpHeaders.IF_MATCH, request -> jersey(request).ifPresent(ContainerRequest::getIfMatch));
        parsers.put(HttpHeaders.IF_NONE_MATCH, request -> jersey(request).ifPresent(ContainerRequest::getIfNoneMatch));
        return parsers;
    }

    private static Optional<ContainerRequest> jersey(ContainerRequestContext request) {
        return request instanceof ContainerRequest containerRequest ? Optional.of(containerRequest) : Optional.empty();
    }
}
