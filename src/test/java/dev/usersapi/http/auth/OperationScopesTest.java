package dev.usersapi.http.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.usersapi.generated.api.UsersApi;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationScopesTest {

    private final OperationScopes scopes = OperationScopes.fromContract();

    @Test
    void everyGeneratedOperationHasAScopeInTheContract() {
        for (Method operation : UsersApi.class.getDeclaredMethods()) {
            assertTrue(
                    scopes.scopeOf(operation.getName()).isPresent(), operation.getName() + " has no x-required-scope");
        }
    }

    @Test
    void readingNeedsReadAndUnblockingNeedsWrite() {
        assertEquals(Scopes.USERS_READ, scopes.scopeOf("getUser").orElseThrow());
        assertEquals(Scopes.USERS_WRITE, scopes.scopeOf("unblockUser").orElseThrow());
    }

    @Test
    void theJsonFormTheServerReadsSaysWhatTheYamlContractSays() throws IOException {
        JsonNode yaml = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("api/openapi.yaml").toFile());
        OperationScopes fromYaml = OperationScopes.fromContract(yaml);
        List<String> operationIds = new ArrayList<>();
        yaml.path("paths")
                .forEach(pathItem -> pathItem.forEach(operation -> {
                    if (operation.has("operationId")) {
                        operationIds.add(operation.get("operationId").asText());
                    }
                }));
        assertTrue(
                operationIds.containsAll(List.of("getUser", "unblockUser", "getLiveness", "getReadiness")),
                "operations in the contract: " + operationIds);
        for (String operationId : operationIds) {
            assertEquals(fromYaml.isPublic(operationId), scopes.isPublic(operationId), operationId);
            assertEquals(fromYaml.scopeOf(operationId), scopes.scopeOf(operationId), operationId);
        }
    }
}
