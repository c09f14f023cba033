package dev.usersapi.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers a request whose parameters break the contract's constraints with 422 and the
 * {@code errors} map, keyed by each parameter's name in the contract (such as {@code user_id}),
 * not by the Java parameter name.
 */
public final class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    private final ParameterNames parameterNames = new ParameterNames();

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Map<String, List<String>> errors = new TreeMap<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String field = parameterNames.contractNameOf(resourceInfo.getResourceMethod(), violation.getPropertyPath());
            errors.computeIfAbsent(field, name -> new ArrayList<>()).add(violation.getMessage());
        }
        errors.values().forEach(messages -> messages.sort(null));
        return ValidationProblems.response(errors);
    }
}
