package dev.usersapi.http;

/** Ends a request with a problem of a type from the catalogue. */
public final class ApiProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;

    public ApiProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }
}
