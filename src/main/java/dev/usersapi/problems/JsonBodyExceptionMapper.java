package dev.usersapi.problems;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request body that the JSON provider could not read: 400 when it is not well-formed JSON (a field
 * named twice included), 422 when it
 * is JSON of another shape than the contract's (a field missing, unknown or of the wrong type).
 * The answer is in the server's words; Jackson's own message, which names Java classes and
 * repeats the body, is never shown.
 */
public final class JsonBodyExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    /** Field names the answer may repeat: those the contract could have; anything else is not named. */
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (isNotWellFormed(exception)) {
            return Problems.response(400, Problems.ofStatus(400, "The request body is not well-formed JSON."))
                    .build();
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String name = unknown.getPropertyName();
            String which = name != null && FIELD_NAME.matcher(name).matches() ? " '" + name + "'" : "";
            return ValidationProblems.response(Map.of(
                    ParameterNames.BODY,
                    List.of("has a field" + which + " that the contract does not define; leave it out")));
        }
        String field = exception instanceof JsonMappingException mapping ? fieldOf(mapping) : "";
        if (field.isEmpty()) {
            return ValidationProblems.response(Map.of(
                    ParameterNames.BODY,
                    List.of("must be a JSON object with the fields the contract requires, each of its type")));
        }
        return ValidationProblems.response(
                Map.of(field, List.of("is missing, or not of the type the contract gives it")));
    }

    /**
     * Whether the body is not well-formed JSON: a syntax error, a repeated field name, or one
     * inside a field's value, which Jackson reports as a mapping error of the field caused by a
     * parse error.
     */
    private static boolean isNotWellFormed(Throwable exception) {
        Throwable cause = exception;
        for (int depth = 0; cause != null && depth < 8; depth++) {
            if (cause instanceof JsonParseException) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    /** The path to the field at fault, as {@code a.b}, when every step is a plain field name; else empty. */
    private static String fieldOf(JsonMappingException mapping) {
        List<JsonMappingException.Reference> path = mapping.getPath();
        if (path.isEmpty()
                || path.stream()
                        .anyMatch(step -> step.getFieldName() == null
                                || !FIELD_NAME.matcher(step.getFieldName()).matches())) {
            return "";
        }
        return path.stream().map(JsonMappingException.Reference::getFieldName).collect(Collectors.joining("."));
    }
}
