package dev.usersapi.problems;

import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.List;

/**
 * The server's own words for the refusals Jersey makes by itself (no matching resource, an
 * unsupported method, an unacceptable media type, a failed precondition, a malformed header, ...).
 * Jersey's and Grizzly's messages never reach the client: they describe the library, not the
 * request, and change from one version to the next.
 */
public final class RefusalDetails {

    private RefusalDetails() {}

    public static String of(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 404 -> "There is no resource at this path.";
            case 405 -> "This resource does not support the method.";
            case 406 -> "The Accept header admits none of the media types this resource can answer.";
            case 409 -> "The request conflicts with the current state of the resource.";
            case 411 -> "The request needs a Content-Length header.";
            case 412 -> "A precondition in the request headers does not hold for this resource.";
            case 413 -> "The request content is larger than this server accepts.";
            case 414 -> "The request target is longer than this server accepts.";
            case 415 -> "This resource does not accept a body of this media type.";
            case 416 -> "The requested range cannot be served.";
            default -> "The request cannot be handled as it is.";
        };
    }

    static String methodNotAllowed(List<String> allowed) {
        return allowed.isEmpty()
                ? of(405)
                : "This resource does not support the method; it allows " + String.join(", ", allowed) + ".";
    }

    /** Names the media types a resource can answer, as in "can only answer a, b or c". */
    static String notAcceptable(Collection<MediaType> produced) {
        List<String> names = produced.stream()
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .map(type -> type.getType() + "/" + type.getSubtype())
                .distinct()
                .toList();
        if (names.isEmpty()) {
            return of(406);
        }
        String listed = names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return "This resource can only answer " + listed + ".";
    }

    /** Names the header Jersey could not parse, where it is known. */
    static String malformedHeader(String headerName) {
        return headerName == null ? of(400) : "The " + headerName + " header is malformed.";
    }
}
