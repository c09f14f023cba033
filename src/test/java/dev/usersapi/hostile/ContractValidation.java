package dev.usersapi.hostile;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a response to an operation of the contract against {@code api/openapi.yaml} with the
 * same validator the REST-assured tests use. Requests are not validated: they are hostile on
 * purpose; it is the answers that must keep the contract.
 */
final class ContractValidation {

    private final OpenApiInteractionValidator validator;

    ContractValidation(Path contract) {
        validator = OpenApiInteractionValidator.createForSpecificationUrl(
                        contract.toAbsolutePath().toUri().toString())
                .withResolveCombinators(true)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /**
     * @param path the request's path, as the contract's templates can match it
     * @return the validator's complaints as "key: message", empty when the response keeps the contract
     */
    List<String> check(String method, String path, RawResponse response) {
        SimpleResponse.Builder built =
                SimpleResponse.Builder.status(response.status()).withBody(response.body());
        for (Map.Entry<String, String> field : response.headers()) {
            built.withHeader(field.getKey(), field.getValue());
        }
        String contentType = response.header("Content-Type");
        if (contentType != null) {
            built.withContentType(contentType);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), built.build());
        List<String> complaints = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                complaints.add(message.getKey() + ": " + message.getMessage());
            }
        }
        return complaints;
    }
}
