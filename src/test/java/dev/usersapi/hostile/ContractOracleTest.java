package dev.usersapi.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.support.UsersApiServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The oracle itself, on made-up exchanges: it must pass a correct answer and catch each kind of
 * wrong one, or the hostile suite would pass a broken server (or fail a correct one).
 */
class ContractOracleTest {

    private static final Secrets SECRETS = new Secrets("writer-secret", "reader-secret");
    private static final String PROBLEM_400 =
            "{\"type\":\"https://httpstatuses.io/400\",\"title\":\"Bad Request\",\"status\":400,"
                    + "\"detail\":\"The request has both Content-Length and Transfer-Encoding.\",\"instance\":\"/api/users/u/unblock\","
                    + "\"request_id\":\"r1\"}";
    private static final String REFUSAL = response(
            "400 Bad Request",
            "Content-Type: application/problem+json\r\n" + "X-Request-Id: r1\r\nConnection: close\r\n",
            PROBLEM_400);
    private static final String AMBIGUOUS = "POST /api/users/u/unblock HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
    private static final String HIDDEN = "GET /health/live HTTP/1.1\r\nHost: h\r\n\r\n";

    private final Findings findings = new Findings();
    private final ContractOracle oracle = new ContractOracle(
            RouteTable.fromContract(UsersApiServerExtension.CONTRACT),
            new ContractValidation(UsersApiServerExtension.CONTRACT),
            SECRETS,
            findings);

    @Test
    void aRefusalWithAProblemThenTheCloseIsRight() {
        judge(smuggling(), REFUSAL, true);

        assertTrue(findings.isEmpty(), findings::summary);
    }

    @Test
    void anAnswerToTheHiddenRequestIsCaught() {
        String health =
                response("200 OK", "Content-Type: application/json\r\nX-Request-Id: r2\r\n", "{\"status\":\"UP\"}");
        judge(smuggling(), REFUSAL + health, true);

        assertCaught("request hidden behind an ambiguous one was answered");
    }

    @Test
    void aRefusalThatKeepsTheConnectionIsCaught() {
        String open = response(
                "400 Bad Request", "Content-Type: application/problem+json\r\nX-Request-Id: r1\r\n", PROBLEM_400);
        judge(smuggling(), open, false);

        assertCaught("400 without Connection: close");
    }

    @Test
    void anEmptyErrorBodyIsCaught() {
        judge(
                single("GET /health/live HTTP/1.1\r\nHost: h\r\nAccept: application/\r\n\r\n", null),
                response("400 Bad Request", "X-Request-Id: r1\r\nConnection: close\r\n", ""),
                true);

        assertCaught("400 answer has an empty body");
    }

    @Test
    void anUnblockWithoutAKeyMayOnlyBeRefusedOr401() {
        judge(
                single("POST /api/users/guard-00/unblock HTTP/1.1\r\nHost: h\r\n\r\n", null),
                response(
                        "404 Not Found",
                        "Content-Type: application/problem+json\r\nX-Request-Id: r1\r\n",
                        "{\"type\":\"https://httpstatuses.io/404\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No user.\","
                                + "\"instance\":\"/api/users/guard-00/unblock\",\"request_id\":\"r1\"}"),
                false);

        assertCaught("status 404 not allowed for POST /api/users/{user_id}/unblock (key: none)");
    }

    @Test
    void anOptionsAnswer200IsCaught() {
        judge(
                single("OPTIONS /health/live HTTP/1.1\r\nHost: h\r\n\r\n", null),
                response("200 OK", "Allow: GET\r\nContent-Type: text/plain\r\nX-Request-Id: r1\r\n", "GET"),
                false);

        assertCaught("status 200 not allowed for OPTIONS /health/live");
    }

    @Test
    void noAnswerAtAllIsCaught() {
        judge(single("GET /health/live HTTP/1.1\r\nHost: h\r\n\r\n", null), "", true);

        assertCaught("connection closed without an answer");
    }

    @Test
    void aSuccessThatBreaksTheContractIsCaught() {
        judge(
                single("GET /health/live HTTP/1.1\r\nHost: h\r\n\r\n", null),
                response("200 OK", "Content-Type: application/json\r\nX-Request-Id: r1\r\n", "{\"status\":\"DOWN\"}"),
                false);

        assertTrue(
                findings.groups().stream().anyMatch(g -> g.contains("success does not validate against the contract")),
                findings::summary);
    }

    @Test
    void aQualityOfZeroForEveryJsonTypeIsNotAcceptable() {
        assertEquals(AcceptVerdict.NO, AcceptVerdict.of(List.of("*/*;q=0")));
        assertEquals(AcceptVerdict.NO, AcceptVerdict.of(List.of("application/json;q=0")));
        assertEquals(AcceptVerdict.NO, AcceptVerdict.of(List.of("text/html")));
        assertEquals(AcceptVerdict.YES, AcceptVerdict.of(List.of("*/*;q=0, application/json")));
        assertEquals(AcceptVerdict.YES, AcceptVerdict.of(List.of()));
        assertEquals(AcceptVerdict.UNKNOWN, AcceptVerdict.of(List.of("application/")));
        assertEquals(AcceptVerdict.UNKNOWN, AcceptVerdict.of(List.of("application/json;q=0, */*")));
    }

    private void assertCaught(String rule) {
        assertTrue(findings.groups().stream().anyMatch(g -> g.endsWith(":: " + rule)), findings::summary);
    }

    private static HostileRequest smuggling() {
        return new HostileRequest(
                "test",
                List.of(
                        new HostileRequest.Part(Escapes.latin1(AMBIGUOUS), Set.of(400, 501)),
                        new HostileRequest.Part(Escapes.latin1(HIDDEN), null)),
                HostileRequest.Delivery.WHOLE,
                true);
    }

    private static HostileRequest single(String text, Set<Integer> expected) {
        return HostileRequest.single("test", Escapes.latin1(text), expected);
    }

    private static String response(String status, String fields, String body) {
        return "HTTP/1.1 " + status + "\r\n" + fields + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    /** Parses the bytes as the client would have received them, and judges the exchange. */
    private void judge(HostileRequest request, String received, boolean eof) {
        List<RequestFacts> facts = request.parts().stream()
                .map(p -> RequestFacts.of(p.bytes(), SECRETS))
                .toList();
        byte[] bytes = Escapes.latin1(received);
        List<RawResponse> responses = new ArrayList<>();
        int at = 0;
        while (true) {
            ResponseParser.Result result = ResponseParser.parse(bytes, at, bytes.length, false, eof);
            if (!result.complete()) {
                break;
            }
            responses.add(result.response());
            at = result.end();
        }
        oracle.judge(
                request,
                facts,
                new Exchange(
                        responses,
                        List.of(),
                        eof,
                        !eof,
                        null,
                        null,
                        null,
                        java.util.Arrays.copyOfRange(bytes, at, bytes.length),
                        1));
    }
}
