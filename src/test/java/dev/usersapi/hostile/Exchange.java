package dev.usersapi.hostile;

import java.util.List;

/**
 * What happened on one connection: the final responses in order (interim 1xx ones apart), how the
 * connection ended, and any bytes left over that were no complete response.
 *
 * @param eof whether the server closed the connection
 * @param timedOut whether the client gave up waiting (5 s after its last write)
 * @param ioError a reset or other error while reading, or null
 * @param writeError an error while writing (the server may close before a long request is all sent), or null
 * @param malformed why the bytes received are not a valid response, or null
 * @param trailing bytes received after the last complete response
 */
record Exchange(
        List<RawResponse> responses,
        List<RawResponse> interim,
        boolean eof,
        boolean timedOut,
        String ioError,
        String writeError,
        String malformed,
        byte[] trailing,
        long millis) {

    RawResponse last() {
        return responses.isEmpty() ? null : responses.get(responses.size() - 1);
    }

    /** How the connection ended, for a failure message. */
    String ending() {
        StringBuilder out = new StringBuilder();
        out.append(responses.size()).append(" response(s)");
        if (!interim.isEmpty()) {
            out.append(" after ").append(interim.size()).append(" interim");
        }
        out.append(eof ? ", then EOF" : timedOut ? ", then no more within 5 s" : ", connection left open");
        if (ioError != null) {
            out.append(", read error: ").append(ioError);
        }
        if (writeError != null) {
            out.append(", write error: ").append(writeError);
        }
        if (malformed != null) {
            out.append(", malformed: ").append(malformed);
        }
        if (trailing.length > 0) {
            out.append(", ")
                    .append(trailing.length)
                    .append(" bytes after the last response: ")
                    .append(Escapes.of(trailing, 0, trailing.length, 200));
        }
        out.append(" (").append(millis).append(" ms)");
        return out.toString();
    }
}
