package dev.usersapi.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.http.ApiObjectMapper;
import dev.usersapi.http.Problems;
import java.nio.charset.StandardCharsets;

/**
 * Problem documents for requests that Grizzly refuses before Jersey sees them (malformed request
 * lines, URIs or headers), so that those answers keep the contract's error format too.
 */
final class ProtocolErrorBodies {

    private static final ObjectMapper MAPPER = ApiObjectMapper.create();

    private ProtocolErrorBodies() {
    }

    /** The problem document for a status, with the detail left out of server errors. */
    static byte[] problem(int status, String detail, String requestId) {
        try {
            return MAPPER.writeValueAsBytes(
                    Problems.ofStatus(status, status >= 500 ? null : detail).requestId(requestId));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a problem document always serializes", impossible);
        }
    }

    static String problemText(int status, String detail, String requestId) {
        return new String(problem(status, detail, requestId), StandardCharsets.UTF_8);
    }
}
