package dev.usersapi.hostile;

import java.io.ByteArrayOutputStream;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads responses strictly, as a careful client or proxy would: a status line of the form
 * {@code HTTP/1.x NNN reason}, CRLF line ends only, token field names, no control bytes in values,
 * and a body framed by exactly one of Content-Length, chunked or the connection's close. A
 * response that a lenient client would accept but a strict one would not is reported as malformed,
 * since a proxy in front of the server may be the strict one.
 */
final class ResponseParser {

    /** The outcome of one attempt: a whole response, too few bytes yet, or bytes that are no valid response. */
    record Result(RawResponse response, int end, String malformed) {

        static final Result INCOMPLETE = new Result(null, -1, null);

        static Result malformed(String why) {
            return new Result(null, -1, why);
        }

        boolean complete() {
            return response != null;
        }
    }

    private static final int MAX_HEAD = 64 * 1024;

    private ResponseParser() {}

    /**
     * @param noBody whether the request was HEAD, so the response has no body whatever it declares
     * @param eof whether the connection is closed, which ends a body framed by the close
     */
    static Result parse(byte[] data, int from, int to, boolean noBody, boolean eof) {
        int headEnd = indexOf(data, from, to, new byte[] {'\r', '\n', '\r', '\n'});
        if (headEnd < 0) {
            if (to - from > MAX_HEAD) {
                return Result.malformed("no end of the response head within 64 KiB");
            }
            int bareLf = bareLf(data, from, to);
            if (bareLf >= 0) {
                return Result.malformed("a response line ends in a bare LF");
            }
            return Result.INCOMPLETE;
        }
        List<String> lines = new ArrayList<>();
        int lineStart = from;
        for (int i = from; i < headEnd + 2; i++) {
            if (data[i] == '\n') {
                if (i == from || data[i - 1] != '\r') {
                    return Result.malformed("a response line ends in a bare LF");
                }
                lines.add(new String(data, lineStart, i - 1 - lineStart, java.nio.charset.StandardCharsets.ISO_8859_1));
                lineStart = i + 1;
            } else if (data[i] == '\r' && data[i + 1] != '\n') {
                return Result.malformed("a response line has a bare CR");
            }
        }
        String statusLine = lines.get(0);
        if (!statusLine.matches("HTTP/1\\.[01] [1-5][0-9][0-9] [\\t\\x20-\\x7e\\x80-\\xff]*")) {
            return Result.malformed("the status line is malformed: " + statusLine);
        }
        String version = statusLine.substring(0, 8);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                return Result.malformed("a response header line is malformed: " + line);
            }
            String value = line.substring(colon + 1);
            if (!value.matches("[\\t\\x20-\\x7e\\x80-\\xff]*")) {
                return Result.malformed("a response header value has control bytes: " + line);
            }
            headers.add(new AbstractMap.SimpleImmutableEntry<>(line.substring(0, colon), value.strip()));
        }
        int bodyStart = headEnd + 4;
        RawResponse head = new RawResponse(version, status, headers, new byte[0], new byte[0]);
        List<String> lengths = head.headers("Content-Length");
        List<String> codings = head.headers("Transfer-Encoding");
        if (lengths.size() > 1) {
            return Result.malformed("the response has " + lengths.size() + " Content-Length fields");
        }
        if (!lengths.isEmpty() && !codings.isEmpty()) {
            return Result.malformed("the response has both Content-Length and Transfer-Encoding");
        }
        if (noBody || status < 200 || status == 204 || status == 304) {
            return done(head, data, from, new byte[0], bodyStart);
        }
        if (!codings.isEmpty()) {
            if (!String.join(",", codings).trim().equalsIgnoreCase("chunked")) {
                return Result.malformed("the response's transfer coding is not chunked: " + codings);
            }
            return chunked(head, data, from, bodyStart, to);
        }
        if (!lengths.isEmpty()) {
            if (!lengths.get(0).matches("[0-9]{1,9}")) {
                return Result.malformed("the response's Content-Length is malformed: " + lengths.get(0));
            }
            int length = Integer.parseInt(lengths.get(0));
            if (to - bodyStart < length) {
                return eof
                        ? Result.malformed("the connection closed inside a body of " + length + " bytes")
                        : Result.INCOMPLETE;
            }
            return done(head, data, from, Arrays.copyOfRange(data, bodyStart, bodyStart + length), bodyStart + length);
        }
        // Neither: the body runs to the close of the connection.
        if (!eof) {
            return Result.INCOMPLETE;
        }
        return done(head, data, from, Arrays.copyOfRange(data, bodyStart, to), to);
    }

    private static Result chunked(RawResponse head, byte[] data, int from, int bodyStart, int to) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int i = bodyStart;
        while (true) {
            int lineEnd = indexOf(data, i, to, new byte[] {'\r', '\n'});
            if (lineEnd < 0) {
                return Result.INCOMPLETE;
            }
            String size = new String(data, i, lineEnd - i, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!size.matches("[0-9A-Fa-f]{1,8}")) {
                return Result.malformed("a chunk size of the response is malformed: " + size);
            }
            int length = Integer.parseInt(size, 16);
            i = lineEnd + 2;
            if (length == 0) {
                // No trailer fields are expected from this server; the empty line ends the body.
                if (to - i < 2) {
                    return Result.INCOMPLETE;
                }
                if (data[i] != '\r' || data[i + 1] != '\n') {
                    return Result.malformed("the response has trailer fields or a malformed last chunk");
                }
                return done(head, data, from, body.toByteArray(), i + 2);
            }
            if (to - i < length + 2) {
                return Result.INCOMPLETE;
            }
            body.write(data, i, length);
            i += length;
            if (data[i] != '\r' || data[i + 1] != '\n') {
                return Result.malformed("a chunk of the response is longer than its size");
            }
            i += 2;
        }
    }

    private static Result done(RawResponse head, byte[] data, int from, byte[] body, int end) {
        return new Result(
                new RawResponse(
                        head.version(), head.status(), head.headers(), body, Arrays.copyOfRange(data, from, end)),
                end,
                null);
    }

    private static int bareLf(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == '\n' && (i == from || data[i - 1] != '\r')) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(byte[] data, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
