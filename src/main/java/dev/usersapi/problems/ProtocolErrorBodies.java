package dev.usersapi.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.contract.ApiObjectMapper;
import dev.usersapi.generated.model.ProblemDetails;

/**
 * Problem documents for requests answered before Jersey sees them (refused at the edge, or
 * refused by Grizzly's codec), so that those answers keep the contract's error format too.
 */
public final class ProtocolErrorBodies {

    /** The instance named when the request's path could not be read, or is not safe to echo. */
    public static final String UNKNOWN_INSTANCE = "/";
    /** Longest path echoed as a problem's instance. */
    static final int MAX_ECHOED_PATH = 1024;

    private static final ObjectMapper MAPPER = ApiObjectMapper.create();

    private ProtocolErrorBodies() {}

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
        if (path == null || path.isEmpty() || path.charAt(0) != '/' || path.length() > MAX_ECHOED_PATH) {
            return UNKNOWN_INSTANCE;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return UNKNOWN_INSTANCE;
            }
        }
        return path;
    }
}
