package dev.usersapi.problems;

import dev.usersapi.generated.model.ValidationProblemDetails;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The 422 problem of a request whose parameters break their rules, however that was found. */
final class ValidationProblems {

    private ValidationProblems() {}

    /** @param errors what is wrong, by each parameter's name in the contract */
    static Response response(Map<String, List<String>> errors) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        ValidationProblemDetails problem = new ValidationProblemDetails()
                .type(type.typeUri())
                .title(type.title())
                .status(type.status())
                .detail("The request has invalid parameters.")
                .errors(errors);
        return Problems.response(type.status(), problem).build();
    }
}
