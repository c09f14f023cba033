package dev.usersapi.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.usersapi.generated.model.LogActor;
import dev.usersapi.generated.model.LogEntry;
import dev.usersapi.generated.model.LogRequest;
import dev.usersapi.generated.model.LogSystem;
import dev.usersapi.generated.model.LogTarget;
import dev.usersapi.generated.model.ProblemDetails;
import dev.usersapi.generated.model.ValidationProblemDetails;
import java.util.List;

/** The one JSON mapper of the API's documents, shared by the HTTP edge and the importer. */
public final class ApiObjectMapper {

    private ApiObjectMapper() {}

    public static ObjectMapper create() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A field named twice is refused rather than read as its last value: two readers of
                // one document must never see two different requests or users in it.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // A User states every field, null ones too (the contract marks them required and nullable);
        // a problem leaves out what it does not have, since its optional fields are not nullable.
        JsonInclude.Value omitNulls =
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL);
        mapper.configOverride(ProblemDetails.class).setInclude(omitNulls);
        mapper.configOverride(ValidationProblemDetails.class).setInclude(omitNulls);
        // A log entry leaves out what it does not know (message, source, client, parts of the
        // request), as the contract's optional fields are not nullable; its details keep their nulls.
        JsonInclude.Value omitNullFields =
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS);
        for (Class<?> part :
                List.of(LogEntry.class, LogSystem.class, LogRequest.class, LogActor.class, LogTarget.class)) {
            mapper.configOverride(part).setInclude(omitNullFields);
        }
        return mapper;
    }
}
