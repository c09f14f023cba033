package dev.usersapi.problems;

import dev.usersapi.repository.StoreUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 503 with {@code Retry-After} while the user store cannot be reached. The repository
 * recovers by itself when the store returns, so clients only need to retry.
 */
public final class StoreUnavailableExceptionMapper implements ExceptionMapper<StoreUnavailableException> {

    /** Seconds a client should wait: about the time the connection pool takes to notice a returned store. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailableExceptionMapper.class);

    @Override
    public Response toResponse(StoreUnavailableException exception) {
        LOG.warn("User store unavailable: {}", exception.getMessage());
        ProblemType type = ProblemType.STORE_UNAVAILABLE;
        return Problems.response(type.status(), Problems.of(type, "The user store cannot be reached. Retry later."))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }
}
