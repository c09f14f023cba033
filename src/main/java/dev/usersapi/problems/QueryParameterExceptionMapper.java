package dev.usersapi.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ParamException;

/**
 * A query parameter that is not of its type, such as {@code page=two}: 422 like every other broken
 * parameter rule, where JAX-RS would answer 404. (The only typed query parameters are whole
 * numbers; a path parameter never fails to convert, since every one is a string.)
 */
public final class QueryParameterExceptionMapper implements ExceptionMapper<ParamException.QueryParamException> {

    @Override
    public Response toResponse(ParamException.QueryParamException exception) {
        return ValidationProblems.response(Map.of(exception.getParameterName(), List.of("must be a whole number")));
    }
}
