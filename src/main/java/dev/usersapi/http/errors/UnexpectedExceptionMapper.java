package dev.usersapi.http.errors;

import dev.usersapi.http.ProblemType;
import dev.usersapi.http.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: logs the cause under a fresh error id and answers a 500 problem that carries
 * the id but nothing of the cause, so no internals reach the client.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, error id {}", errorId, exception);
        ProblemType type = ProblemType.INTERNAL_ERROR;
        return Problems.response(type.status(), Problems.of(type,
                        "The server failed to handle the request. Quote the error id when reporting it.")
                .errorId(errorId))
                .build();
    }
}
