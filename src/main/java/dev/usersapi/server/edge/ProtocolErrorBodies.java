package dev.usersapi.server.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.generated.model.ProblemDetails;
import dev.usersapi.http.ApiObjectMapper;
import dev.usersapi.http.Problems;

/**
 * Problem documents for requests answered before Jersey sees them (refused at the edge, or
 * refused by Grizzly's codec), so that those answers keep the contract's error format too.
 */
public final class ProtocolErrorBodies {

    private static final ObjectMapper MAPPER = ApiObjectMapper.create();

    private ProtocolErrorBodies() {
    }

    /** The complete problem document, as UTF-8 JSON. */
    public static byte[] problem(int status, String detail, String instance, String requestId) {
        return serialized(Problems.ofStatus(status, detail).instance(instance).requestId(requestId));
    }

    /** A problem document built elsewhere, as UTF-8 JSON. */
    public static byte[] serialized(ProblemDetails problem) {
        try {
            return MAPPER.writeValueAsBytes(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a problem document always serializes", impossible);
        }
    }

    /** A path as it may be echoed in a problem's instance: short and plain, else {@code /}. */
    public static String echoablePath(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/' || path.length() > HttpLimits.MAX_ECHOED_PATH) {
            return Refusal.UNKNOWN_INSTANCE;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return Refusal.UNKNOWN_INSTANCE;
            }
        }
        return path;
    }
}
