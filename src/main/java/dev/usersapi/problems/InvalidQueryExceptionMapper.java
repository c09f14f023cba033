package dev.usersapi.problems;

import dev.usersapi.contract.InvalidQueryException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;

/** A listing's {@code filter} or {@code sort} outside what the server reads: 422, saying what is wrong. */
public final class InvalidQueryExceptionMapper implements ExceptionMapper<InvalidQueryException> {

    @Override
    public Response toResponse(InvalidQueryException exception) {
        return ValidationProblems.response(Map.of(exception.parameter(), List.of(exception.getMessage())));
    }
}
