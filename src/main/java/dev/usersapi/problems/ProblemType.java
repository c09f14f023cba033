package dev.usersapi.problems;

import jakarta.ws.rs.core.Response;

/**
 * The catalogue of problem types this server answers with. The type URIs and titles are part of
 * the contract ({@code api/openapi.yaml}); statuses without an entry of their own are described
 * by {@link #genericTypeUri(int)}.
 */
public enum ProblemType {
    BAD_REQUEST(400, "Bad Request"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not Found"),
    PRECONDITION_FAILED(412, "Precondition Failed"),
    VALIDATION_FAILED(422, "Unprocessable Content", "https://httpstatuses.io/422#validation-error"),
    TOO_MANY_REQUESTS(429, "Too Many Requests"),
    INTERNAL_ERROR(500, "Internal Server Error"),
    STORE_UNAVAILABLE(503, "Service Unavailable");

    private final int status;
    private final String title;
    private final String typeUri;

    ProblemType(int status, String title) {
        this(status, title, genericTypeUri(status));
    }

    ProblemType(int status, String title, String typeUri) {
        this.status = status;
        this.title = title;
        this.typeUri = typeUri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String typeUri() {
        return typeUri;
    }

    /** The type URI of a problem that is described by its HTTP status alone. */
    public static String genericTypeUri(int status) {
        return "https://httpstatuses.io/" + status;
    }

    /**
     * The title of a problem that is described by its HTTP status alone: the reason phrase RFC 9110
     * gives it (JAX-RS still has the older names of 413, 414 and 422).
     */
    public static String genericTitle(int status) {
        switch (status) {
            case 413:
                return "Content Too Large";
            case 414:
                return "URI Too Long";
            case 422:
                return VALIDATION_FAILED.title;
            default:
                break;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
