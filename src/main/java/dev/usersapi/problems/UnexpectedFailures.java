package dev.usersapi.problems;

import dev.usersapi.contract.RequestIds;
import dev.usersapi.generated.model.ProblemDetails;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What the server does with a failure it did not expect, wherever it surfaces (an exception
 * mapper, a refusal Jersey raises as a server error, an error page of Grizzly's): logs it once, at
 * ERROR, under a fresh error id and the request id, and describes it to the client by those ids
 * alone, so that no internals reach the client but the log line can be found from the answer.
 */
public final class UnexpectedFailures {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailures.class);

    private UnexpectedFailures() {}

    /** Logs a failure of the request this thread serves and answers it with a 500 problem. */
    static Response responseFor(Throwable cause) {
        return Problems.response(ProblemType.INTERNAL_ERROR.status(), logged(cause, currentRequestId()))
                .build();
    }

    /**
     * The id of the request this thread serves, as the logging context has it (the failure is
     * logged under it), or null outside a request.
     */
    static String currentRequestId() {
        return MDC.get(RequestIds.LOG_FIELD);
    }

    /**
     * Logs the failure and returns the 500 problem for it.
     *
     * @param cause what failed, or null when the server answered a server error without one
     * @param requestId the request's id, or null if the request never got one
     */
    public static ProblemDetails logged(Throwable cause, String requestId) {
        String errorId = UUID.randomUUID().toString();
        String request = requestId == null ? "-" : requestId;
        if (cause == null) {
            LOG.error(
                    "Unexpected failure, error id {}, request id {}: a server error without a cause", errorId, request);
        } else {
            LOG.error("Unexpected failure, error id {}, request id {}", errorId, request, cause);
        }
        ProblemType type = ProblemType.INTERNAL_ERROR;
        String quote = requestId == null
                ? "Quote error id " + errorId + " when reporting it."
                : "Quote error id " + errorId + " (request id " + requestId + ") when reporting it.";
        return Problems.of(type, "The server failed to handle the request. " + quote)
                .errorId(errorId);
    }
}
