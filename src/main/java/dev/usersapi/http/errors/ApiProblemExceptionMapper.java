package dev.usersapi.http.errors;

import dev.usersapi.http.ApiProblemException;
import dev.usersapi.http.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers a problem raised by the server's own code with its catalogued type. */
public final class ApiProblemExceptionMapper implements ExceptionMapper<ApiProblemException> {

    @Override
    public Response toResponse(ApiProblemException exception) {
        return Problems.response(exception.type().status(), Problems.of(exception.type(), exception.detail())).build();
    }
}
