package dev.usersapi.server.edge;

import java.nio.charset.StandardCharsets;

/**
 * Checks a request target before anything routes on it, so that the authentication filter, the
 * metrics and the router all see one unambiguous path: origin-form, or absolute-form with an
 * http(s) scheme and no user info; no raw {@code ;} (Jersey would cut matrix parameters off the
 * user id), no dot-segments (plain or percent-encoded), no fragment, and only well-formed
 * percent-escapes.
 */
final class RequestTargetRules {

    private RequestTargetRules() {}

    /**
     * @param target the target's bytes, all visible ASCII
     * @return the path, as sent
     * @throws RefusedException 400 when the target breaks a rule
     */
    static String pathOf(byte[] target, int length) {
        int pathStart = pathStart(target, length);
        int pathEnd = pathStart;
        while (pathEnd < length && target[pathEnd] != '?') {
            pathEnd++;
        }
        checkPath(target, pathStart, pathEnd);
        checkQuery(target, pathEnd, length);
        return new String(target, pathStart, pathEnd - pathStart, StandardCharsets.US_ASCII);
    }

    /**
     * The target with percent-escapes of unreserved characters ({@code ALPHA DIGIT - . _ ~}) in its
     * path spelled plainly, or null when it has none. RFC 3986 §6.2.2.2: such URIs are equivalent;
     * the router matches the path as sent while the key check reads it decoded, so
     * {@code /%61pi/users/x} must reach both as {@code /api/users/x}. Call on a checked target.
     */
    static byte[] withUnreservedUnescaped(byte[] target, int length) {
        int pathEnd = pathStart(target, length);
        while (pathEnd < length && target[pathEnd] != '?') {
            pathEnd++;
        }
        byte[] plain = null;
        int written = 0;
        for (int i = 0; i < length; i++) {
            if (i < pathEnd && target[i] == '%' && Syntax.isUnreserved(decoded(target, i))) {
                if (plain == null) {
                    plain = new byte[length];
                    System.arraycopy(target, 0, plain, 0, i);
                    written = i;
                }
                plain[written++] = (byte) decoded(target, i);
                i += 2;
            } else if (plain != null) {
                plain[written++] = target[i];
            }
        }
        return plain == null ? null : java.util.Arrays.copyOf(plain, written);
    }

    private static int decoded(byte[] target, int percent) {
        return Syntax.hexValue(target[percent + 1]) * 16 + Syntax.hexValue(target[percent + 2]);
    }

    private static int pathStart(byte[] target, int length) {
        if (length > 0 && target[0] == '/') {
            return 0;
        }
        if (startsWithIgnoringCase(target, length, "http://")) {
            return authorityEnd(target, length, 7);
        }
        if (startsWithIgnoringCase(target, length, "https://")) {
            return authorityEnd(target, length, 8);
        }
        throw bad("The request target must be a path, or an absolute http or https URI.");
    }

    private static int authorityEnd(byte[] target, int length, int start) {
        int i = start;
        while (i < length && target[i] != '/' && target[i] != '?') {
            if (target[i] == '@') {
                throw bad("The request target must not carry user information.");
            }
            i++;
        }
        if (i == start || i == length || target[i] != '/') {
            throw bad("An absolute request target needs a host and a path.");
        }
        if (!Authorities.isValid(target, start, i)) {
            throw bad("The request target's host or port is malformed.");
        }
        return i;
    }

    private static void checkPath(byte[] target, int start, int end) {
        int segmentStart = start;
        for (int i = start; i < end; i++) {
            byte b = target[i];
            if (b == '/') {
                checkSegment(target, segmentStart, i);
                segmentStart = i + 1;
            } else if (b == ';') {
                throw bad("The request path must not contain a raw ';': parameters in paths are not accepted.");
            } else if (b == '%') {
                checkEscape(target, i, end);
                i += 2;
            } else if (!Syntax.isPathChar(b)) {
                throw bad("The request path contains a character that must be percent-encoded.");
            }
        }
        checkSegment(target, segmentStart, end);
    }

    private static void checkQuery(byte[] target, int questionMark, int end) {
        for (int i = questionMark + 1; i < end; i++) {
            if (target[i] == '#') {
                throw bad("The request target must not contain a fragment.");
            }
            if (target[i] == '%') {
                checkEscape(target, i, end);
                i += 2;
            }
        }
    }

    private static void checkEscape(byte[] target, int percent, int end) {
        if (percent + 2 >= end) {
            throw bad("The request target has an incomplete percent-escape.");
        }
        if (Syntax.hexValue(target[percent + 1]) < 0 || Syntax.hexValue(target[percent + 2]) < 0) {
            throw bad("The request target has a malformed percent-escape.");
        }
    }

    /** A segment that is "." or "..", also when its dots are percent-encoded. */
    private static void checkSegment(byte[] target, int start, int end) {
        int dots = 0;
        for (int i = start; i < end; i++) {
            if (target[i] == '.') {
                dots++;
            } else if (target[i] == '%' && i + 2 < end && target[i + 1] == '2' && (target[i + 2] | 0x20) == 'e') {
                dots++;
                i += 2;
            } else {
                return;
            }
        }
        if (dots == 1 || dots == 2) {
            throw bad("The request path must not contain '.' or '..' segments.");
        }
    }

    private static boolean startsWithIgnoringCase(byte[] target, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            // Lower-casing by setting bit 0x20 leaves ':' and '/' as they are.
            if ((target[i] | 0x20) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static RefusedException bad(String detail) {
        return new RefusedException(400, detail);
    }
}
