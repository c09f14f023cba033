package dev.usersapi.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Judges one exchange by the contract ({@code api/openapi.yaml}, its "Strict HTTP" paragraph
 * and every operation's responses): whether each answer's status is one the request's route
 * allows, whether error answers are complete problem documents, whether refusals close the
 * connection, whether successes validate against the contract, and whether the connection carried
 * exactly the answers it should (none for a request hidden behind an ambiguous one).
 */
final class ContractOracle {

    /** The statuses of the strict HTTP reading, allowed on any path; each closes the connection. */
    static final Set<Integer> REFUSALS = Set.of(400, 413, 414, 417, 431, 501, 505);

    private static final Set<String> STANDARD_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");
    /** Words of libraries and stack traces that must never reach a client. */
    private static final Pattern LIBRARY_TEXT = Pattern.compile(
            "(?i)exception|java\\.|javax\\.|jakarta\\.|org\\.glassfish|grizzly|jersey|http packet|intial line|\\tat |\\bat [a-z]+\\.[a-z]+\\.");

    private static final String[] PROBLEM_FIELDS = {"type", "title", "status", "detail", "instance", "request_id"};

    private final RouteTable routes;
    private final ContractValidation contract;
    private final Secrets secrets;
    private final Findings findings;
    private final ObjectMapper json = new ObjectMapper();

    ContractOracle(RouteTable routes, ContractValidation contract, Secrets secrets, Findings findings) {
        this.routes = routes;
        this.contract = contract;
        this.secrets = secrets;
        this.findings = findings;
    }

    void judge(HostileRequest request, List<RequestFacts> facts, Exchange exchange) {
        String kind = request.kind();
        List<RawResponse> responses = exchange.responses();
        if (responses.isEmpty()) {
            String rule = exchange.malformed() != null
                    ? "malformed response: " + exchange.malformed().replaceAll(":.*", "")
                    : exchange.ioError() != null
                            ? "connection reset without an answer"
                            : exchange.eof() ? "connection closed without an answer" : "no answer within 5 s";
            fail(kind, rule, request, null, exchange);
            return;
        }
        if (exchange.malformed() != null) {
            fail(kind, "malformed response: " + exchange.malformed().replaceAll(":.*", ""), request, null, exchange);
        }
        for (int i = 0; i < Math.min(responses.size(), request.parts().size()); i++) {
            judgeAnswer(request, i, facts.get(i), responses.get(i), exchange);
        }
        judgeConnection(request, facts, exchange);
    }

    private void judgeConnection(HostileRequest request, List<RequestFacts> facts, Exchange exchange) {
        String kind = request.kind();
        List<RawResponse> responses = exchange.responses();
        RawResponse last = exchange.last();
        if (request.smuggling()) {
            if (responses.size() > 1) {
                fail(kind, "request hidden behind an ambiguous one was answered", request, responses.get(1), exchange);
            } else if (!exchange.eof()) {
                fail(kind, "ambiguous request: connection not closed", request, last, exchange);
            }
        }
        if (responses.size() > request.parts().size()) {
            fail(kind, "more responses than requests", request, last, exchange);
        }
        for (int i = 0; i < responses.size() - 1; i++) {
            if (responses.get(i).closes()) {
                fail(kind, "response after one that closes the connection", request, responses.get(i + 1), exchange);
                break;
            }
        }
        if (last.closes() && !exchange.eof()) {
            fail(kind, "says Connection: close but the connection stays open", request, last, exchange);
        }
        if (exchange.trailing().length > 0 && exchange.malformed() == null) {
            int index = responses.size() - 1;
            boolean head = index < facts.size() && facts.get(index).isHead();
            String length = last.header("Content-Length");
            if (head && length != null && length.equals(Integer.toString(exchange.trailing().length))) {
                // One cause whatever the class of input, so one group, named after the method.
                fail(
                        "HEAD (" + (REFUSALS.contains(last.status()) ? "refused" : "answered") + ")",
                        "answer to HEAD carries content",
                        request,
                        last,
                        exchange,
                        "class of input: " + kind);
            } else {
                fail(kind, "bytes after the last response", request, last, exchange);
            }
        }
        if (!request.smuggling() && responses.size() < request.parts().size() && !last.closes()) {
            fail(
                    kind,
                    exchange.eof()
                            ? "connection closed before every request was answered"
                            : "a pipelined request was not answered within 5 s",
                    request,
                    last,
                    exchange);
        }
        if (exchange.ioError() != null) {
            fail(kind, "connection reset after the answer", request, last, exchange);
        }
    }

    private void judgeAnswer(
            HostileRequest request, int index, RequestFacts facts, RawResponse response, Exchange exchange) {
        String kind = request.kind();
        HostileRequest.Part part = request.parts().get(index);
        RouteTable.Route route = routes.classify(facts.path());
        int status = response.status();
        String method = facts.method();
        String requestId = response.header("X-Request-Id");
        if (requestId == null || requestId.isEmpty()) {
            fail(kind, "no X-Request-Id", request, response, exchange);
        }

        boolean serverError = status >= 500
                && status != 501
                && status != 505
                && !(status == 503 && route.statuses().contains(503));
        if (serverError) {
            fail(kind, "server error " + status, request, response, exchange);
        } else if (part.expected() != null) {
            if (!part.expected().contains(status)) {
                fail(kind, "expected " + setText(part.expected()) + ", got " + status, request, response, exchange);
            }
        } else if (!allowed(facts, route).contains(status)) {
            fail(
                    kind,
                    "status " + status + " not allowed for " + methodLabel(method) + " " + routeLabel(route)
                            + keyLabel(facts, route),
                    request,
                    response,
                    exchange);
        }

        if (REFUSALS.contains(status)) {
            if (!response.hasConnectionClose()) {
                fail(kind, status + " without Connection: close", request, response, exchange);
            } else if (index == exchange.responses().size() - 1 && !exchange.eof()) {
                fail(kind, status + " but the connection stays open", request, response, exchange);
            }
        }
        if (status == 405) {
            String allow = response.header("Allow");
            if (allow == null || allow.isBlank()) {
                fail(kind, "405 without Allow", request, response, exchange);
            } else if (List.of(allow.split("\\s*,\\s*")).contains(method)) {
                fail(kind, "405 but Allow lists the method", request, response, exchange);
            }
        }
        if (status == 301 && response.header("Location") == null) {
            fail(kind, "301 without Location", request, response, exchange);
        }

        boolean operation = route.kind() == RouteTable.Kind.OPERATION
                && (method.equals(route.method())
                        || (method.equals("HEAD") && route.method().equals("GET")));
        if (operation && status == 406 && facts.accept() == AcceptVerdict.YES) {
            fail(kind, "406 although Accept admits application/json", request, response, exchange);
        }
        if (operation && status / 100 == 2 && facts.accept() == AcceptVerdict.NO) {
            fail(kind, "2xx although Accept admits neither JSON type (406 expected)", request, response, exchange);
        }
        if (operation
                && status / 100 == 2
                && route.method().equals("POST")
                && facts.key() != KeyKind.WRITER
                && facts.key() != KeyKind.AMBIGUOUS) {
            fail(kind, "unblock answered 2xx without the writer key", request, response, exchange);
        }
        if (request.smuggling() && status / 100 == 2) {
            fail(kind, "ambiguous request answered " + status, request, response, exchange);
        }
        String ownId = facts.ownRequestId();
        if (ownId != null && !REFUSALS.contains(status) && requestId != null && !requestId.equals(ownId)) {
            fail(kind, "answer out of order (X-Request-Id is another request's)", request, response, exchange);
        }

        boolean wellFormed = true;
        if (status >= 400) {
            wellFormed = facts.isHead()
                    ? checkProblemType(kind, request, response, exchange)
                    : checkProblem(kind, request, facts, response, exchange);
        }
        // Error answers are validated too, once they are problems at all (else the finding above says it).
        if (operation
                && wellFormed
                && !facts.isHead()
                && status != 304
                && !serverError
                && route.statuses().contains(status)) {
            String path = facts.path().length() > 1 && facts.path().endsWith("/")
                    ? facts.path().substring(0, facts.path().length() - 1)
                    : facts.path();
            for (String complaint : contract.check(method, path, response)) {
                String key = complaint.substring(0, complaint.indexOf(':'));
                fail(
                        kind,
                        (status / 100 == 2 ? "success" : status + " answer")
                                + " does not validate against the contract: " + key,
                        request,
                        response,
                        exchange,
                        complaint);
            }
        }
        if (operation && status == 200 && !facts.isHead() && route.template().startsWith("/api/users/")) {
            checkUser(kind, request, facts, route, response, exchange);
        }
        if (route.kind() == RouteTable.Kind.EXTRA && status / 100 == 2 && response.header("Content-Type") == null) {
            fail(kind, "success without Content-Type", request, response, exchange);
        }
    }

    /**
     * The user in a success is the one the path names (a router that read the path differently
     * would answer for another), and after an unblock it is unblocked.
     */
    private void checkUser(
            String kind,
            HostileRequest request,
            RequestFacts facts,
            RouteTable.Route route,
            RawResponse response,
            Exchange exchange) {
        JsonNode user;
        try {
            user = json.readTree(response.body());
        } catch (Exception notJson) {
            return; // the contract validation reports it
        }
        String normalized = RouteTable.normalized(facts.path());
        String path = normalized.endsWith("/") ? normalized.substring(0, normalized.length() - 1) : normalized;
        String segment = path.substring("/api/users/".length()).replaceFirst("/unblock$", "");
        String id = java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        if (!id.equals(user.path("user_id").asText())) {
            fail(kind, "success for another user than the path names", request, response, exchange);
        }
        if (route.method().equals("POST")
                && (!user.path("block_until").isNull()
                        || user.path("failure_count").asInt(-1) != 0)) {
            fail(kind, "unblock answered 200 but the user is still blocked", request, response, exchange);
        }
    }

    /** The statuses the request's route allows, before any other rule narrows them. */
    private static Set<Integer> allowed(RequestFacts facts, RouteTable.Route route) {
        Set<Integer> allowed = new HashSet<>(REFUSALS);
        String method = facts.method();
        if (route.encodedAlias()) {
            allowed.add(404);
        }
        if (route.underApi()) {
            allowed.add(429);
            allowed.add(401);
            if (facts.key() == KeyKind.NONE || facts.key() == KeyKind.WRONG) {
                // "A missing or unknown key is answered with 401 before anything else is looked at."
                return allowed;
            }
        }
        switch (route.kind()) {
            case OPERATION, EXTRA -> {
                boolean served = method.equals(route.method())
                        || (method.equals("HEAD") && route.method().equals("GET"));
                if (served) {
                    allowed.addAll(route.statuses());
                }
                if (!method.equals(route.method())) {
                    allowed.add(405);
                }
            }
            case UNKNOWN -> allowed.add(404);
        }
        if (!route.underApi()) {
            allowed.remove(429);
        }
        return allowed;
    }

    /** @return whether the answer is labelled a problem */
    private boolean checkProblemType(String kind, HostileRequest request, RawResponse response, Exchange exchange) {
        String contentType = response.header("Content-Type");
        String mediaType =
                contentType == null ? "" : contentType.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/problem+json")) {
            fail(kind, response.status() + " answer is not application/problem+json", request, response, exchange);
            return false;
        }
        return true;
    }

    /** @return whether the answer is a complete problem document */
    private boolean checkProblem(
            String kind, HostileRequest request, RequestFacts facts, RawResponse response, Exchange exchange) {
        int status = response.status();
        if (response.body().length == 0) {
            fail(kind, status + " answer has an empty body", request, response, exchange);
            return false;
        }
        boolean ok = checkProblemType(kind, request, response, exchange);
        JsonNode problem;
        try {
            problem = json.readTree(response.body());
        } catch (Exception notJson) {
            fail(kind, status + " answer is not JSON", request, response, exchange);
            return false;
        }
        if (problem == null || !problem.isObject()) {
            fail(kind, status + " answer is not a JSON object", request, response, exchange);
            return false;
        }
        for (String field : PROBLEM_FIELDS) {
            JsonNode value = problem.get(field);
            if (!(field.equals("status") ? value != null && value.isInt() : value != null && value.isTextual())) {
                fail(kind, "problem without " + field, request, response, exchange);
                ok = false;
            }
        }
        if (problem.path("status").isInt() && problem.get("status").asInt() != status) {
            fail(kind, "problem status differs from the HTTP status", request, response, exchange);
            ok = false;
        }
        String header = response.header("X-Request-Id");
        if (problem.path("request_id").isTextual()
                && !problem.get("request_id").asText().equals(header)) {
            fail(kind, "problem request_id differs from X-Request-Id", request, response, exchange);
            ok = false;
        }
        for (String field : new String[] {"title", "detail", "type"}) {
            if (problem.path(field).isTextual()
                    && LIBRARY_TEXT.matcher(problem.get(field).asText()).find()) {
                fail(kind, "library text in the problem's " + field, request, response, exchange);
                ok = false;
            }
        }
        if (problem.path("type").isTextual()
                && !problem.get("type").asText().startsWith("https://httpstatuses.io/" + status)) {
            fail(kind, "problem type is not the status's", request, response, exchange);
            ok = false;
        }
        String instance = problem.path("instance").asText("/");
        // The path as sent, with escaped unreserved characters spelled plainly (the contract's "instance").
        if (!instance.equals("/")
                && !instance.equals(facts.path())
                && !instance.equals(RouteTable.normalized(facts.path()))) {
            // "The path of the request as it was sent, without the query; / when [it] could not be read".
            fail(kind, "problem instance is neither the request's path nor /", request, response, exchange);
            ok = false;
        }
        return ok;
    }

    private void fail(String kind, String rule, HostileRequest request, RawResponse response, Exchange exchange) {
        fail(kind, rule, request, response, exchange, null);
    }

    private void fail(
            String kind, String rule, HostileRequest request, RawResponse response, Exchange exchange, String note) {
        StringBuilder example = new StringBuilder();
        example.append("request:  \"")
                .append(secrets.masked(request.bytes(), 500))
                .append('"');
        if (request.delivery() != HostileRequest.Delivery.WHOLE) {
            example.append(" (sent in ")
                    .append(request.delivery().name().toLowerCase(Locale.ROOT))
                    .append(')');
        }
        if (response != null) {
            example.append("\nresponse: \"")
                    .append(secrets.masked(response.raw(), 600))
                    .append('"');
        }
        example.append("\nthen:     ").append(exchange.ending());
        if (note != null) {
            example.append("\nnote:     ").append(note.length() > 400 ? note.substring(0, 400) + "..." : note);
        }
        findings.add(kind, rule, example.toString());
    }

    private static String setText(Set<Integer> statuses) {
        return String.join(
                "/", new TreeSet<>(statuses).stream().map(String::valueOf).toList());
    }

    private static String methodLabel(String method) {
        if (method.isEmpty()) {
            return "(unreadable request line)";
        }
        return STANDARD_METHODS.contains(method) ? method : "another token method";
    }

    private static String routeLabel(RouteTable.Route route) {
        return switch (route.kind()) {
            case OPERATION -> route.template();
            case EXTRA -> route.template().startsWith("/docs/") ? "/docs/{file}" : route.template();
            case UNKNOWN -> route.underApi() ? "an unknown path under /api/" : "an unknown path";
        };
    }

    private static String keyLabel(RequestFacts facts, RouteTable.Route route) {
        return route.underApi() ? " (key: " + facts.key().name().toLowerCase(Locale.ROOT) + ")" : "";
    }
}
