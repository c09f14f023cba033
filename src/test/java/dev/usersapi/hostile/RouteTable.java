package dev.usersapi.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The server's routes and the statuses each may answer: the operations with the statuses
 * {@code api/openapi.yaml} documents for them, read from the file itself, and the few paths the
 * server serves outside the contract (metrics and API docs), with the statuses those can have.
 */
final class RouteTable {

    enum Kind {
        /** An operation of the contract. */
        OPERATION,
        /** A path the server serves outside the contract: {@code /metrics}, {@code /openapi.yaml}, {@code /docs}. */
        EXTRA,
        /** A path the server does not have. */
        UNKNOWN
    }

    /**
     * @param template the contract's path template of an operation, else the path
     * @param method the one method the route documents (GET or POST)
     * @param statuses the statuses documented for that method
     * @param underApi whether the path is under {@code /api/}, where keys are checked first
     * @param encodedAlias whether the path names the route only once unreserved characters are
     *                     decoded: a server may match such paths literally and answer 404, which
     *                     is safe as long as it does so before the key check too
     */
    record Route(
            Kind kind, String template, String method, Set<Integer> statuses, boolean underApi, boolean encodedAlias) {}

    private record Operation(Pattern path, String template, String method, Set<Integer> statuses) {}

    private static final Set<Integer> METRICS = Set.of(200, 401, 406);
    private static final Set<Integer> CONTRACT_FILE = Set.of(200, 304, 406, 412);
    private static final Set<Integer> DOCS_REDIRECT = Set.of(301, 406);
    private static final Set<Integer> DOCS_FILE = Set.of(200, 304, 404, 406, 412);

    private final List<Operation> operations;

    private RouteTable(List<Operation> operations) {
        this.operations = operations;
    }

    static RouteTable fromContract(Path contract) {
        try {
            JsonNode paths = new ObjectMapper(new YAMLFactory())
                    .readTree(contract.toFile())
                    .get("paths");
            List<Operation> operations = new ArrayList<>();
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    if (!op.getValue().has("responses")) {
                        continue;
                    }
                    Set<Integer> statuses = new TreeSet<>();
                    op.getValue()
                            .get("responses")
                            .fieldNames()
                            .forEachRemaining(code -> statuses.add(Integer.parseInt(code)));
                    String regex = Pattern.quote(path.getKey()).replaceAll("\\{[a-z_]+}", "\\\\E[^/]+\\\\Q");
                    operations.add(new Operation(
                            Pattern.compile(regex),
                            path.getKey(),
                            op.getKey().toUpperCase(Locale.ROOT),
                            Set.copyOf(statuses)));
                }
            }
            return new RouteTable(operations);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The route of a raw path (as sent, percent-escapes and all), or UNKNOWN; null path: no route. */
    Route classify(String rawPath) {
        if (rawPath == null) {
            return new Route(Kind.UNKNOWN, "", "", Set.of(), false, false);
        }
        String path = normalized(rawPath);
        boolean alias = !path.equals(rawPath);
        boolean underApi = path.equals("/api") || path.startsWith("/api/");
        // Jersey matches a path with or without one trailing slash alike.
        String matched = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Operation operation : operations) {
            if (operation.path().matcher(matched).matches()) {
                return new Route(
                        Kind.OPERATION,
                        operation.template(),
                        operation.method(),
                        operation.statuses(),
                        underApi,
                        alias);
            }
        }
        if (matched.equals("/metrics")) {
            return new Route(Kind.EXTRA, matched, "GET", METRICS, false, alias);
        }
        if (matched.equals("/openapi.yaml")) {
            return new Route(Kind.EXTRA, matched, "GET", CONTRACT_FILE, false, alias);
        }
        if (path.equals("/docs")) {
            return new Route(Kind.EXTRA, path, "GET", DOCS_REDIRECT, false, alias);
        }
        if (path.startsWith("/docs/") && path.indexOf('/', 6) < 0) {
            return new Route(Kind.EXTRA, path, "GET", DOCS_FILE, false, alias);
        }
        return new Route(Kind.UNKNOWN, path, "", Set.of(), underApi, alias);
    }

    /**
     * The path with percent-encoded unreserved characters decoded: RFC 3986 §6.2.2.2 makes
     * {@code /%61pi} and {@code /api} the same path, so they must reach the same route (and the
     * same key check).
     */
    static String normalized(String rawPath) {
        StringBuilder out = new StringBuilder(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length() && isHex(rawPath.charAt(i + 1)) && isHex(rawPath.charAt(i + 2))) {
                char decoded = (char) Integer.parseInt(rawPath.substring(i + 1, i + 3), 16);
                if ((Character.isLetterOrDigit(decoded) && decoded < 0x80) || "-._~".indexOf(decoded) >= 0) {
                    out.append(decoded);
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
