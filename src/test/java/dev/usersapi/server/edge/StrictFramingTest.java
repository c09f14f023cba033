package dev.usersapi.server.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.support.TestUsers;
import dev.usersapi.support.UsersApiServerExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edge refuses every request a proxy in front could frame differently, answers with a complete
 * problem and closes, so bytes smuggled behind an ambiguous request are never answered; and it
 * passes well-formed requests on untouched. Sent over raw sockets: HTTP clients cannot send these.
 */
class StrictFramingTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    private static final String SMUGGLED = "GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n";
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Content-Length and Transfer-Encoding   | Content-Length: 5\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\n                  | 400
            chunked behind another coding          | Transfer-Encoding: chunked, identity\\r\\n\\r\\n0\\r\\n\\r\\n                                  | 501
            a coding named like chunked            | Transfer-Encoding: xchunked\\r\\n\\r\\n0\\r\\n\\r\\n                                           | 501
            a vertical tab in the coding           | Transfer-Encoding: \\013chunked\\r\\n\\r\\n0\\r\\n\\r\\n                                     | 400
            Transfer-Encoding behind a bare LF     | X: y\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\n                                     | 400
            two Content-Lengths                    | Content-Length: 0\\r\\nContent-Length: 5\\r\\n\\r\\n                                           | 400
            a signed Content-Length                | Content-Length: +0\\r\\n\\r\\n                                                               | 400
            an invalid chunk                       | Transfer-Encoding: chunked\\r\\n\\r\\n1\\r\\nZZ\\r\\n0\\r\\n\\r\\n                               | 400
            a chunk extension                      | Transfer-Encoding: chunked\\r\\n\\r\\n1;x=y\\r\\nZ\\r\\n0\\r\\n\\r\\n                            | 400
            a trailer field                        | Transfer-Encoding: chunked\\r\\n\\r\\n0\\r\\nX-Any: 1\\r\\n\\r\\n                                | 400
            whitespace before a colon              | Content-Length : 0\\r\\n\\r\\n                                                               | 400
            an obsolete line folding               | X-Any: a\\r\\n b\\r\\n\\r\\n                                                                 | 400
            a header line without colon            | X-Any\\r\\n\\r\\n                                                                            | 400
            a control byte in a value              | X-Any: a\\001b\\r\\n\\r\\n                                                                 | 400
            an expectation other than continue     | Expect: something\\r\\n\\r\\n                                                                | 417
            a body over 16 KiB                     | Content-Length: 16385\\r\\n\\r\\n                                                            | 413
            """)
    void anAmbiguousOrMalformedPostIsRefusedAndClosedAndWhatFollowsIsNeverAnswered(
            String name, String headsAndBody, int status) throws IOException {
        String userId = lockedOutUser();
        String request = "POST /api/users/" + userId + "/unblock HTTP/1.1\r\nHost: x\r\n" + "X-API-KEY: "
                + server.writerSecret() + "\r\n" + unescape(headsAndBody);

        Exchange exchange = exchange(request + SMUGGLED);

        assertRefused(exchange, status);
        assertEquals(
                "/api/users/" + userId + "/unblock",
                exchange.problem().get("instance").asText());
        assertStillBlocked(userId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a method that is not a token    | G(T /health/live HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                     | 400
            a NUL in the method             | GE\\000T /health/live HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                | 400
            no HTTP version                 | GET\\r\\n\\r\\n                                                         | 400
            CONNECT                         | CONNECT example.com:443 HTTP/1.1\\r\\nHost: example.com:443\\r\\n\\r\\n | 501
            HTTP/2.0 in a request line      | GET /health/live HTTP/2.0\\r\\nHost: x\\r\\n\\r\\n                      | 505
            a lower-case version            | GET /health/live http/1.1\\r\\nHost: x\\r\\n\\r\\n                      | 400
            no Host                         | GET /health/live HTTP/1.1\\r\\n\\r\\n                                   | 400
            two Hosts                       | GET /health/live HTTP/1.1\\r\\nHost: a\\r\\nHost: b\\r\\n\\r\\n           | 400
            user info in the target         | GET http://u:p@x/health/live HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n            | 400
            a raw semicolon in the path     | GET /api;x=1/users/u HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                   | 400
            matrix parameters on the id     | GET /api/users/u;x=1 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                   | 400
            an encoded dot-segment          | GET /api/users/%2E%2e/x HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                | 400
            a malformed escape              | GET /api/users/%zz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                     | 400
            an asterisk target              | OPTIONS * HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                               | 400
            Transfer-Encoding in HTTP/1.0   | POST /health/live HTTP/1.0\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\n | 400
            """)
    void aMalformedRequestLineOrHeadIsRefusedAndClosed(String name, String request, int status) throws IOException {
        assertRefused(exchange(unescape(request) + SMUGGLED), status);
    }

    @Test
    void aTargetOver4KiBIsUriTooLong() throws IOException {
        assertRefused(exchange("GET /" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
    }

    @Test
    void moreThan100HeaderFieldsAreTooLarge() throws IOException {
        assertRefused(exchange("GET /health/live HTTP/1.1\r\nHost: x\r\n" + "X-A: 1\r\n".repeat(101) + "\r\n"), 431);
    }

    @Test
    void aTlsHandshakeOrNulBytesOnThePlainPortAreAnsweredAtOnce() throws IOException {
        byte[] clientHello = {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03};
        assertRefused(exchange(new String(clientHello, StandardCharsets.ISO_8859_1)), 400);
        assertRefused(exchange("\0".repeat(64)), 400);
    }

    @Test
    void anApiKeyInATrailerNeverAuthenticates() throws IOException {
        String userId = lockedOutUser();
        String request = "POST /api/users/" + userId + "/unblock HTTP/1.1\r\nHost: x\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\nX-API-KEY: " + server.writerSecret() + "\r\n\r\n";

        assertRefused(exchange(request), 400);
        assertStillBlocked(userId);
    }

    private static String lockedOutUser() {
        return server.store(
                TestUsers.user("framing").blockedUntil(TestUsers.FAR_FUTURE, 5).build());
    }

    private void assertStillBlocked(String userId) throws IOException {
        String user = exchange("GET /api/users/" + userId + " HTTP/1.1\r\nHost: x\r\nX-API-KEY: "
                        + server.writerSecret() + "\r\nConnection: close\r\n\r\n")
                .text();
        assertTrue(user.startsWith("HTTP/1.1 200 "), user);
        assertFalse(user.contains("\"block_until\":null"), "the user was unblocked: " + user);
    }

    @Test
    void wellFormedPipelinedRequestsAreAllAnsweredInOrderAndARefusalComesLast() throws IOException {
        String live = "GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n";
        Exchange exchange =
                exchange("\r\n" + live + live + "GET /health/live HTTP/1.1\r\nHost: x\r\nX : y\r\n\r\n" + live);

        assertEquals(List.of(200, 200, 400), exchange.statuses(), exchange.text());
        assertTrue(exchange.closed(), "the connection stays open after a refusal");
    }

    @Test
    void aChunkedBodyAndASmallBodyOnGetAreReadAndIgnored() throws IOException {
        Exchange exchange = exchange("POST /api/users/" + lockedOutUser() + "/unblock HTTP/1.1\r\nHost: x\r\n"
                + "X-API-KEY: " + server.writerSecret() + "\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                + "GET /health/live HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertEquals(List.of(200, 200, 200), exchange.statuses(), exchange.text());
    }

    @Test
    void anUpgradeIsIgnoredAndTheAnswerIsAnOrdinaryOne() throws IOException {
        Exchange exchange = exchange("GET /health/live HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\n\r\nGET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertEquals(List.of(200, 200), exchange.statuses(), exchange.text());
        assertTrue(exchange.text().startsWith("HTTP/1.1 200 OK\r\n"), exchange.text());
        String firstHead = exchange.text().substring(0, exchange.text().indexOf("\r\n\r\n"));
        assertTrue(firstHead.contains("\r\nContent-Type: application/json"), firstHead);
        assertFalse(firstHead.contains("Upgrade"), firstHead);
    }

    @Test
    void aClientWaitingForContinueGetsItBeforeItSendsTheBody() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("POST /api/users/" + lockedOutUser() + "/unblock HTTP/1.1\r\nHost: x\r\nX-API-KEY: "
                    + server.writerSecret()
                    + "\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\n"));
            out.flush();
            byte[] interim = new byte[25];
            int read = socket.getInputStream().readNBytes(interim, 0, interim.length);
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, 0, read, StandardCharsets.US_ASCII));
            out.write(ascii("abc"));
            out.flush();
            String rest = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(rest.startsWith("HTTP/1.1 200 "), rest);
        }
    }

    @Test
    void aRequestSentByteByByteIsAnswered() throws IOException, InterruptedException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            for (byte b : ascii("GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) {
                out.write(b);
                out.flush();
                Thread.sleep(1);
            }
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        }
    }

    @Test
    void aChunkedRequestThatArrivesInPiecesIsFramedWhereItEnds() throws IOException, InterruptedException {
        // Answered without its body being read (405), so the codec skips the body, which came in
        // many pieces; what follows it must be read as the next request, from its first byte.
        String request = "PUT /health/live HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "00000003\r\nabc\r\n00000000\r\n\r\n"
                + "GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            for (byte b : ascii(request)) {
                out.write(b);
                out.flush();
                Thread.sleep(1);
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            assertTrue(readUntilClosed(socket.getInputStream(), received));
            Exchange exchange = new Exchange(received.toString(StandardCharsets.ISO_8859_1), true, mapper);
            assertEquals(List.of(405, 200), exchange.statuses(), exchange.text());
        }
    }

    private void assertRefused(Exchange exchange, int status) throws IOException {
        assertEquals(List.of(status), exchange.statuses(), exchange.text());
        assertTrue(exchange.closed(), "the connection stays open after a refusal");
        String head = exchange.text().substring(0, exchange.text().indexOf("\r\n\r\n"));
        assertTrue(head.contains("\r\nConnection: close"), head);
        assertTrue(head.contains("\r\nContent-Type: application/problem+json"), head);
        JsonNode problem = exchange.problem();
        assertEquals(status, problem.get("status").asInt());
        assertEquals("https://httpstatuses.io/" + status, problem.get("type").asText());
        for (String member : List.of("title", "detail", "instance", "request_id")) {
            assertNotNull(problem.get(member), member + " is missing: " + problem);
        }
        assertTrue(
                head.contains("\r\nX-Request-Id: " + problem.get("request_id").asText()), head);
    }

    private Exchange exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            boolean closed = readUntilClosed(socket.getInputStream(), received);
            return new Exchange(received.toString(StandardCharsets.ISO_8859_1), closed, mapper);
        }
    }

    /** Reads until the server closes, or until it has sent nothing for a second. */
    private static boolean readUntilClosed(InputStream in, ByteArrayOutputStream received) throws IOException {
        byte[] chunk = new byte[8192];
        try {
            for (int read; (read = in.read(chunk)) != -1; ) {
                received.write(chunk, 0, read);
            }
            return true;
        } catch (SocketTimeoutException quiet) {
            return false;
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket(server.baseUri().getHost(), server.baseUri().getPort());
        socket.setSoTimeout(1_000);
        return socket;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** CSV cells spell line ends and control bytes as Java escapes. */
    private static String unescape(String cell) {
        return cell.translateEscapes();
    }

    private record Exchange(String text, boolean closed, ObjectMapper mapper) {

        List<Integer> statuses() {
            List<Integer> statuses = new ArrayList<>();
            Matcher matcher = STATUS_LINE.matcher(text);
            while (matcher.find()) {
                statuses.add(Integer.parseInt(matcher.group(1)));
            }
            return statuses;
        }

        JsonNode problem() throws IOException {
            return mapper.readTree(text.substring(text.indexOf("\r\n\r\n") + 4));
        }
    }
}
