package dev.usersapi.server.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests arrive in pieces of any size. Whatever the split, the framer must find the same end of
 * a well-formed request, and the same refusal for a malformed one: it resumes where it stopped,
 * over the growing buffer the filter chain hands it.
 */
class RequestFramerTest {

    private static final MemoryManager<?> MEMORY = MemoryManager.DEFAULT_MEMORY_MANAGER;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n",
                "\r\n\r\nGET /api/users/a%7Cb?x=%20 HTTP/1.0\r\n\r\n",
                "POST /api/users/u/unblock HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
                "POST /api/users/u/unblock HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\nA\r\n0123456789\r\n0\r\n\r\n",
                "GET http://example.com:8080/health/live HTTP/1.1\r\nhost: example.com:8080\r\nX-Long:  a \t b \r\n\r\n",
            })
    void aWellFormedRequestEndsAtItsLastByteWhereverItIsSplit(String request) {
        byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
        for (int split = 1; split <= bytes.length; split++) {
            RequestFramer framer = new RequestFramer();
            Buffer first = Buffers.wrap(MEMORY, bytes, 0, split);
            if (split < bytes.length) {
                assertEquals(RequestFramer.Progress.NEED_MORE, framer.scan(first), "split at " + split);
                Buffer whole =
                        Buffers.appendBuffers(MEMORY, first, Buffers.wrap(MEMORY, bytes, split, bytes.length - split));
                assertEquals(RequestFramer.Progress.COMPLETE, framer.scan(whole), "split at " + split);
            } else {
                assertEquals(RequestFramer.Progress.COMPLETE, framer.scan(first));
            }
            assertEquals(bytes.length, framer.length(), "split at " + split);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CL and TE            | POST / HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 3\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n | 400
            bad chunk size       | POST / HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nG\\r\\n               | 400
            chunk too long       | POST / HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n1\\r\\nab\\r\\n         | 400
            trailer              | POST / HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\nA: b\\r\\n\\r\\n | 400
            chunked over limit   | POST / HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n4001\\r\\n          | 413
            bare LF in head      | GET / HTTP/1.1\\nHost: x\\r\\n\\r\\n                                                          | 400
            space in target      | GET /a b HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                                                     | 400
            HTTP/1.10            | GET / HTTP/1.10\\r\\nHost: x\\r\\n\\r\\n                                                       | 400
            HTTP/1.2             | GET / HTTP/1.2\\r\\nHost: x\\r\\n\\r\\n                                                        | 505
            Host with user info  | GET / HTTP/1.1\\r\\nHost: u@x\\r\\n\\r\\n                                                      | 400
            empty Host           | GET / HTTP/1.1\\r\\nHost: \\r\\n\\r\\n                                                         | 400
            empty TE             | POST / HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: \\r\\n\\r\\n                               | 400
            TE list              | POST / HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: gzip, chunked\\r\\n\\r\\n                 | 501
            two TE fields        | POST / HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n | 400
            CL in hex            | POST / HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 0x10\\r\\n\\r\\n                             | 400
            CL list              | POST / HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 1, 1\\r\\n\\r\\n                             | 400
            huge CL              | POST / HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 99999999999999999999999\\r\\n\\r\\n          | 413
            fragment             | GET /a#b HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                                                     | 400
            dot segment          | GET /a/./b HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                                                   | 400
            dot-dot at the end   | GET /a/.. HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                                                    | 400
            incomplete escape    | GET /a%2 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                                                     | 400
            raw pipe             | GET /a\\174b HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                                                     | 400
            authority form       | GET example.com:80 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                                           | 400
            TRACE with a body    | TRACE / HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 1\\r\\n\\r\\n                               | 400
            five empty lines     | \\r\\n\\r\\n\\r\\n\\r\\n\\r\\nGET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                              | 400
            DEL in a value       | GET / HTTP/1.1\\r\\nHost: x\\r\\nA: \\177\\r\\n\\r\\n                                           | 400
            long method          | ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG / HTTP/1.1\\r\\n                                            | 400
            """)
    void aMalformedRequestIsRefusedWithTheSameStatusWhereverItIsSplit(String name, String request, int status) {
        byte[] bytes = request.translateEscapes().getBytes(StandardCharsets.ISO_8859_1);
        for (int split = 1; split <= bytes.length; split++) {
            RequestFramer framer = new RequestFramer();
            Buffer first = Buffers.wrap(MEMORY, bytes, 0, split);
            int at = split;
            RefusedException refused = assertThrows(
                    RefusedException.class,
                    () -> {
                        if (framer.scan(first) == RequestFramer.Progress.NEED_MORE && at < bytes.length) {
                            framer.scan(Buffers.appendBuffers(
                                    MEMORY, first, Buffers.wrap(MEMORY, bytes, at, bytes.length - at)));
                        }
                    },
                    "split at " + split);
            assertEquals(status, refused.status(), refused.detail() + ", split at " + split);
        }
    }
}
