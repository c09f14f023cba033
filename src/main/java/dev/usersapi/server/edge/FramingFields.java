package dev.usersapi.server.edge;

import org.glassfish.grizzly.Buffer;

/**
 * The header fields that decide how a request is framed and routed ({@code Content-Length},
 * {@code Transfer-Encoding}, {@code Host}, {@code Expect}), checked strictly as RFC 9112 asks of a
 * server that may sit behind a proxy: anything a proxy could read differently is refused.
 */
final class FramingFields {

    private static final byte[] CONTENT_LENGTH = bytes("content-length");
    private static final byte[] TRANSFER_ENCODING = bytes("transfer-encoding");
    private static final byte[] HOST = bytes("host");
    private static final byte[] EXPECT = bytes("expect");
    private static final byte[] CHUNKED = bytes("chunked");
    private static final byte[] CONTINUE = bytes("100-continue");

    /** The declared body length, or -1 without {@code Content-Length}. */
    long contentLength = -1;

    boolean transferEncoding;
    int hosts;
    boolean expectsContinue;

    void reset() {
        contentLength = -1;
        transferEncoding = false;
        hosts = 0;
        expectsContinue = false;
    }

    /**
     * Takes note of one field line, given as offsets into the buffer.
     *
     * @return whether the line is {@code Expect: 100-continue}, which the edge meets itself
     * @throws RefusedException for a framing field that is malformed, repeated or not supported
     */
    boolean accept(Buffer buffer, int nameStart, int nameEnd, int valueStart, int valueEnd) {
        // Field values may start and end with optional whitespace. The codec behind trims spaces
        // but not tabs (it would read "100-continue<TAB>" as another expectation, and a port
        // followed by a tab as no number), so tabs there become spaces, in place.
        while (valueStart < valueEnd && isBlank(buffer.get(valueStart))) {
            buffer.put(valueStart, (byte) ' ');
            valueStart++;
        }
        while (valueEnd > valueStart && isBlank(buffer.get(valueEnd - 1))) {
            buffer.put(valueEnd - 1, (byte) ' ');
            valueEnd--;
        }
        if (equalsIgnoringCase(buffer, nameStart, nameEnd, CONTENT_LENGTH)) {
            acceptContentLength(buffer, valueStart, valueEnd);
        } else if (equalsIgnoringCase(buffer, nameStart, nameEnd, TRANSFER_ENCODING)) {
            acceptTransferEncoding(buffer, valueStart, valueEnd);
        } else if (equalsIgnoringCase(buffer, nameStart, nameEnd, HOST)) {
            acceptHost(buffer, valueStart, valueEnd);
        } else if (equalsIgnoringCase(buffer, nameStart, nameEnd, EXPECT)) {
            if (expectsContinue || !equalsIgnoringCase(buffer, valueStart, valueEnd, CONTINUE)) {
                throw new RefusedException(417, "The server can only meet the expectation 100-continue.");
            }
            expectsContinue = true;
            return true;
        }
        return false;
    }

    private void acceptContentLength(Buffer buffer, int start, int end) {
        if (contentLength >= 0) {
            throw bad("The request has more than one Content-Length.");
        }
        if (start == end) {
            throw bad("The Content-Length header is empty.");
        }
        long length = 0;
        for (int i = start; i < end; i++) {
            int digit = buffer.get(i) - '0';
            if (digit < 0 || digit > 9) {
                throw bad("The Content-Length header must be a number of bytes.");
            }
            // Anything past the limit is refused anyway; stop counting before it could overflow.
            length = Math.min(length * 10 + digit, HttpLimits.MAX_BODY + 1L);
        }
        contentLength = length;
    }

    private void acceptTransferEncoding(Buffer buffer, int start, int end) {
        if (transferEncoding) {
            throw bad("The request has more than one Transfer-Encoding.");
        }
        if (start == end) {
            throw bad("The Transfer-Encoding header is empty.");
        }
        if (!equalsIgnoringCase(buffer, start, end, CHUNKED)) {
            throw new RefusedException(501, "The only transfer coding this server accepts is chunked, on its own.");
        }
        transferEncoding = true;
    }

    private void acceptHost(Buffer buffer, int start, int end) {
        if (++hosts > 1) {
            throw bad("The request has more than one Host header.");
        }
        if (start == end) {
            throw bad("The Host header is empty.");
        }
        byte[] host = new byte[end - start];
        for (int i = start; i < end; i++) {
            host[i - start] = buffer.get(i);
        }
        if (!Authorities.isValid(host, 0, host.length)) {
            throw bad("The Host header is malformed: it must be a host name or address and an optional port.");
        }
    }

    private static boolean equalsIgnoringCase(Buffer buffer, int start, int end, byte[] lowerCase) {
        if (end - start != lowerCase.length) {
            return false;
        }
        for (int i = 0; i < lowerCase.length; i++) {
            byte b = buffer.get(start + i);
            if (b != lowerCase[i] && (b | 0x20) != lowerCase[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    private static byte[] bytes(String lowerCase) {
        return lowerCase.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static RefusedException bad(String detail) {
        return new RefusedException(400, detail);
    }
}
