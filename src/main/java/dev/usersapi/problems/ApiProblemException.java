package dev.usersapi.problems;

import java.util.Map;

/**
 * Ends a request with a problem of a type from the catalogue, and with the response headers that
 * belong to it (such as {@code Retry-After} on a 429), if any.
 */
public final class ApiProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final Map<String, String> headers;

    public ApiProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiProblemException(ProblemType type, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.headers = Map.copyOf(headers);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    /** Header fields to send with the problem, by name. */
    public Map<String, String> headers() {
        return headers;
    }
}
