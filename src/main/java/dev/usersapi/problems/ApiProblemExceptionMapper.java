package dev.usersapi.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers a problem raised by the server's own code with its catalogued type and its headers. */
public final class ApiProblemExceptionMapper implements ExceptionMapper<ApiProblemException> {

    @Override
    public Response toResponse(ApiProblemException exception) {
        Response.ResponseBuilder response =
                Problems.response(exception.type().status(), Problems.of(exception.type(), exception.detail()));
        exception.headers().forEach(response::header);
        return response.build();
    }
}
