package dev.usersapi.server.edge;

import org.glassfish.grizzly.Buffer;

/**
 * Finds where one HTTP/1.x request ends, checking every byte on the way, so that the codec behind
 * it is only ever handed whole requests it cannot read differently from a proxy in front.
 *
 * <p>It is resumable: bytes arrive in pieces, the buffer handed to {@link #scan} always starts at
 * the first byte of the request and grows, and scanning goes on where it stopped. It is a plain
 * state machine over bytes, without copying, regular expressions or allocation on the way, since
 * it sits on the path of every request.
 */
final class RequestFramer {

    enum Progress {
        NEED_MORE,
        COMPLETE
    }

    private enum Phase {
        START,
        START_LF,
        METHOD,
        TARGET,
        VERSION,
        VERSION_LF,
        FIELD_START,
        FIELD_NAME,
        FIELD_VALUE,
        FIELD_LF,
        HEAD_LF,
        FIXED_BODY,
        CHUNK_SIZE,
        CHUNK_SIZE_LF,
        CHUNK_DATA,
        CHUNK_DATA_CR,
        CHUNK_DATA_LF,
        TRAILER,
        TRAILER_LF,
        DONE
    }

    private static final byte[] VERSION_PREFIX = {'H', 'T', 'T', 'P', '/'};
    private static final byte[] CONNECT = {'C', 'O', 'N', 'N', 'E', 'C', 'T'};
    private static final byte[] TRACE = {'T', 'R', 'A', 'C', 'E'};
    private static final byte[] HEAD = {'H', 'E', 'A', 'D'};

    private final FramingFields fields = new FramingFields();
    private final byte[] target = new byte[HttpLimits.MAX_TARGET];

    private Phase phase = Phase.START;
    /** Bytes of the request scanned so far, from the buffer's position. */
    private int scanned;

    private int leadingBytes;
    private int methodStart;
    private int methodLength;
    private int targetLength;
    /** Whether the target has a percent-escape, which alone could need spelling plainly. */
    private boolean targetHasEscape;

    private int versionLength;
    private int versionMajor;
    private int versionMinor;
    private int fieldsStart;
    private int fieldCount;
    private int nameStart;
    private int nameEnd;
    private int valueStart;
    private long bodyLeft;
    private long bodyTotal;
    private int chunkDigits;
    private int bodyStart;
    private String path;
    private boolean head;
    private final RequestEdits edits = new RequestEdits();

    /**
     * Scans on from where the last call stopped.
     *
     * @return {@link Progress#COMPLETE} once the whole request, body included, is in the buffer
     * @throws RefusedException when the request breaks a rule; the connection must then be closed
     */
    Progress scan(Buffer buffer) {
        int base = buffer.position();
        int end = buffer.remaining();
        int i = scanned;
        while (i < end && phase != Phase.DONE) {
            if (phase == Phase.FIXED_BODY || phase == Phase.CHUNK_DATA) {
                int taken = (int) Math.min(bodyLeft, end - i);
                bodyLeft -= taken;
                i += taken;
                if (bodyLeft == 0) {
                    phase = phase == Phase.FIXED_BODY ? Phase.DONE : Phase.CHUNK_DATA_CR;
                }
                continue;
            }
            step(buffer, base, i, buffer.get(base + i));
            i++;
            if (phase.ordinal() < Phase.FIXED_BODY.ordinal()
                    && fieldsStart > 0
                    && i - fieldsStart > HttpLimits.MAX_FIELD_BYTES) {
                throw new RefusedException(431, "The request's header fields are larger than 8 KiB in all.");
            }
        }
        scanned = i;
        return phase == Phase.DONE ? Progress.COMPLETE : Progress.NEED_MORE;
    }

    private void step(Buffer buffer, int base, int i, byte b) {
        switch (phase) {
            case START -> {
                if (b == '\r' && ++leadingBytes <= HttpLimits.MAX_LEADING_EMPTY_LINES * 2) {
                    phase = Phase.START_LF;
                } else if (Syntax.isTchar(b)) {
                    if (i > 0) {
                        // The codec would take them for part of the method.
                        edits.remove(0, i);
                    }
                    methodStart = i;
                    methodLength = 1;
                    phase = Phase.METHOD;
                } else {
                    throw bad("The request line must start with a method name.");
                }
            }
            case START_LF -> {
                expectLf(b);
                leadingBytes++;
                phase = Phase.START;
            }
            case METHOD -> {
                if (b == ' ') {
                    head = methodIs(buffer, base, HEAD);
                    phase = Phase.TARGET;
                } else if (!Syntax.isTchar(b)) {
                    throw bad("The method name is not a valid token.");
                } else if (++methodLength > HttpLimits.MAX_METHOD) {
                    throw bad("The method name is too long.");
                }
            }
            case TARGET -> {
                if (b == ' ' && targetLength > 0) {
                    phase = Phase.VERSION;
                } else if (!Syntax.isTargetByte(b)) {
                    throw bad(
                            "The request line must be a method, a target and an HTTP version, separated by single spaces.");
                } else if (targetLength == target.length) {
                    throw new RefusedException(414, "The request target is longer than 4 KiB.");
                } else {
                    targetHasEscape |= b == '%';
                    target[targetLength++] = b;
                }
            }
            case VERSION -> {
                if (b == '\r' && versionLength == 8) {
                    phase = Phase.VERSION_LF;
                } else if (!isVersionByte(versionLength, b)) {
                    throw bad("The request line must end in an HTTP version such as HTTP/1.1.");
                } else {
                    versionLength++;
                    if (versionLength == 6) {
                        versionMajor = b - '0';
                    } else if (versionLength == 8) {
                        versionMinor = b - '0';
                    }
                }
            }
            case VERSION_LF -> {
                expectLf(b);
                endOfRequestLine(buffer, base);
                fieldsStart = i + 1;
                phase = Phase.FIELD_START;
            }
            case FIELD_START -> {
                if (b == '\r') {
                    phase = Phase.HEAD_LF;
                } else if (b == ' ' || b == '\t') {
                    throw bad("Header fields must not be folded over several lines, nor start with whitespace.");
                } else if (Syntax.isTchar(b)) {
                    if (++fieldCount > HttpLimits.MAX_FIELDS) {
                        throw new RefusedException(431, "The request has more than 100 header fields.");
                    }
                    nameStart = i;
                    phase = Phase.FIELD_NAME;
                } else {
                    throw bad("A header field name is malformed.");
                }
            }
            case FIELD_NAME -> {
                if (b == ':') {
                    nameEnd = i;
                    valueStart = i + 1;
                    phase = Phase.FIELD_VALUE;
                } else if (b == ' ' || b == '\t') {
                    throw bad("A header field name must be followed by a colon, without whitespace.");
                } else if (!Syntax.isTchar(b)) {
                    throw bad("A header field line has no colon, or its name is malformed.");
                }
            }
            case FIELD_VALUE -> {
                if (b == '\r') {
                    phase = Phase.FIELD_LF;
                } else if (!Syntax.isFieldValueByte(b)) {
                    throw bad("A header field value contains a control character.");
                }
            }
            case FIELD_LF -> {
                expectLf(b);
                if (fields.accept(buffer, base + nameStart, base + nameEnd, base + valueStart, base + i - 1)) {
                    // Met here (or ignored, in HTTP/1.0 or without a body): the codec would send an
                    // interim answer of its own, even where none is due.
                    edits.remove(nameStart, i + 1);
                }
                phase = Phase.FIELD_START;
            }
            case HEAD_LF -> {
                expectLf(b);
                endOfHead(buffer, base);
                bodyStart = i + 1;
            }
            case CHUNK_SIZE -> chunkSize(b);
            case CHUNK_SIZE_LF -> {
                expectLf(b);
                phase = bodyLeft == 0 ? Phase.TRAILER : Phase.CHUNK_DATA;
            }
            case CHUNK_DATA_CR -> {
                if (b != '\r') {
                    throw bad("A chunk of the request body is longer than its size says.");
                }
                phase = Phase.CHUNK_DATA_LF;
            }
            case CHUNK_DATA_LF -> {
                expectLf(b);
                chunkDigits = 0;
                phase = Phase.CHUNK_SIZE;
            }
            case TRAILER -> {
                if (b != '\r') {
                    throw bad("Trailer fields after a chunked body are not accepted.");
                }
                phase = Phase.TRAILER_LF;
            }
            case TRAILER_LF -> {
                expectLf(b);
                phase = Phase.DONE;
            }
            default -> throw new IllegalStateException("no byte is read in phase " + phase);
        }
    }

    private void chunkSize(byte b) {
        int digit = Syntax.hexValue(b);
        if (digit >= 0) {
            if (++chunkDigits > 8) {
                throw new RefusedException(413, "The request body is larger than 16 KiB.");
            }
            bodyLeft = bodyLeft * 16 + digit;
            if (bodyTotal + bodyLeft > HttpLimits.MAX_BODY) {
                throw new RefusedException(413, "The request body is larger than 16 KiB.");
            }
        } else if (b == '\r' && chunkDigits > 0) {
            bodyTotal += bodyLeft;
            phase = Phase.CHUNK_SIZE_LF;
        } else if (b == ';' || b == ' ' || b == '\t') {
            throw bad("Chunk extensions are not accepted.");
        } else {
            throw bad("A chunk size of the request body is malformed.");
        }
    }

    private void endOfRequestLine(Buffer buffer, int base) {
        if (versionMajor != 1 || versionMinor > 1) {
            throw new RefusedException(505, "This server speaks HTTP/1.1 and HTTP/1.0 only.");
        }
        if (methodIs(buffer, base, CONNECT)) {
            throw new RefusedException(501, "The CONNECT method is not supported.");
        }
        path = RequestTargetRules.pathOf(target, targetLength);
        byte[] plain = targetHasEscape ? RequestTargetRules.withUnreservedUnescaped(target, targetLength) : null;
        if (plain != null) {
            int targetStart = methodStart + methodLength + 1;
            edits.replace(targetStart, targetStart + targetLength, plain);
            path = RequestTargetRules.pathOf(plain, plain.length);
        }
    }

    private void endOfHead(Buffer buffer, int base) {
        if (versionMinor == 1 && fields.hosts == 0) {
            throw bad("An HTTP/1.1 request must have a Host header.");
        }
        if (fields.transferEncoding && fields.contentLength >= 0) {
            throw bad("The request has both Content-Length and Transfer-Encoding.");
        }
        if (fields.transferEncoding && versionMinor == 0) {
            throw bad("Transfer-Encoding is not accepted in an HTTP/1.0 request.");
        }
        if (fields.contentLength > HttpLimits.MAX_BODY) {
            throw new RefusedException(413, "The request body is larger than 16 KiB.");
        }
        boolean hasBody = fields.transferEncoding || fields.contentLength > 0;
        if (hasBody && methodIs(buffer, base, TRACE)) {
            throw bad("A TRACE request must not have a body.");
        }
        if (fields.transferEncoding) {
            phase = Phase.CHUNK_SIZE;
        } else if (fields.contentLength > 0) {
            bodyLeft = fields.contentLength;
            phase = Phase.FIXED_BODY;
        } else {
            phase = Phase.DONE;
        }
    }

    private boolean methodIs(Buffer buffer, int base, byte[] method) {
        if (methodLength != method.length) {
            return false;
        }
        for (int i = 0; i < method.length; i++) {
            if (buffer.get(base + methodStart + i) != method[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVersionByte(int index, byte b) {
        if (index < VERSION_PREFIX.length) {
            return b == VERSION_PREFIX[index];
        }
        if (index == 6) {
            return b == '.';
        }
        return index < 8 && b >= '0' && b <= '9';
    }

    private static void expectLf(byte b) {
        if (b != '\n') {
            throw bad("Lines must end in CR LF; a bare CR was found.");
        }
    }

    private static RefusedException bad(String detail) {
        return new RefusedException(400, detail);
    }

    /** Bytes of the whole request, from the buffer's position; valid once {@link #scan} returned COMPLETE. */
    int length() {
        return scanned;
    }

    /** The request's path, once its request line was read; else null. */
    String path() {
        return path;
    }

    /**
     * Whether the client waits for {@code 100 Continue} before it sends the body: an HTTP/1.1
     * request that asked for it, whose head is read and of whose body nothing has come yet.
     */
    boolean awaitsContinue() {
        return fields.expectsContinue
                && versionMinor == 1
                && bodyStart > 0
                && scanned == bodyStart
                && phase != Phase.DONE;
    }

    /** Whether the request's method is HEAD, so that its answer has no content. */
    boolean isHead() {
        return head;
    }

    /** What must change in the request before the codec reads it; empty for nearly every request. */
    RequestEdits edits() {
        return edits;
    }

    /** Forgets the request, to read the next one. */
    void reset() {
        fields.reset();
        phase = Phase.START;
        scanned = 0;
        leadingBytes = 0;
        methodStart = 0;
        methodLength = 0;
        targetLength = 0;
        targetHasEscape = false;
        versionLength = 0;
        versionMajor = 0;
        versionMinor = 0;
        fieldsStart = 0;
        fieldCount = 0;
        nameStart = 0;
        nameEnd = 0;
        valueStart = 0;
        bodyLeft = 0;
        bodyTotal = 0;
        chunkDigits = 0;
        bodyStart = 0;
        path = null;
        head = false;
        edits.clear();
    }
}
