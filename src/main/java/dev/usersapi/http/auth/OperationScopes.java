package dev.usersapi.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scope each operation needs, read from the contract itself (each operation's
 * {@code x-required-scope}), so the documentation and the enforcement cannot disagree.
 * Operations whose {@code security} is empty are public and need none.
 *
 * <p>It reads the JSON form of the contract that the build generates from {@code api/openapi.yaml}:
 * a YAML parser on a cold JVM costs a good part of a second of CPU at start-up, JSON a fraction.
 */
public final class OperationScopes {

    /** Where the build puts the contract on the class path. */
    public static final String CONTRACT_RESOURCE = "/openapi.yaml";
    /** Where the build puts the same contract as JSON. */
    static final String CONTRACT_JSON_RESOURCE = "/openapi.json";

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final Map<String, String> scopeByOperationId;
    private final Set<String> publicOperationIds;

    OperationScopes(Map<String, String> scopeByOperationId, Set<String> publicOperationIds) {
        this.scopeByOperationId = Map.copyOf(scopeByOperationId);
        this.publicOperationIds = Set.copyOf(publicOperationIds);
    }

    public static OperationScopes fromContract() {
        try (InputStream in = OperationScopes.class.getResourceAsStream(CONTRACT_JSON_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the contract " + CONTRACT_JSON_RESOURCE + " is not on the class path");
            }
            return fromContract(new ObjectMapper().readTree(in));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static OperationScopes fromContract(JsonNode contract) {
        Map<String, String> scopes = new HashMap<>();
        Set<String> publicOperations = new HashSet<>();
        for (JsonNode pathItem : contract.path("paths")) {
            for (Map.Entry<String, JsonNode> entry : pathItem.properties()) {
                if (!HTTP_METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                String operationId = operation.path("operationId").asText();
                JsonNode security = operation.path("security");
                if (security.isArray() && security.isEmpty()) {
                    publicOperations.add(operationId);
                } else if (operation.path("x-required-scope").isTextual()) {
                    scopes.put(operationId, operation.path("x-required-scope").asText());
                }
            }
        }
        return new OperationScopes(scopes, publicOperations);
    }

    /** Whether the contract lets anyone call the operation, without an API key. */
    public boolean isPublic(String operationId) {
        return publicOperationIds.contains(operationId);
    }

    /** The scope the operation needs, or empty when the contract names none. */
    public Optional<String> scopeOf(String operationId) {
        return Optional.ofNullable(scopeByOperationId.get(operationId));
    }
}
