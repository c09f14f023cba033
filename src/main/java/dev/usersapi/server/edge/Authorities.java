package dev.usersapi.server.edge;

/**
 * The host-and-port form this server accepts in {@code Host} and in an absolute request target:
 * a DNS name or IPv4 address (unreserved characters: {@code ALPHA / DIGIT / - . _ ~}) or a bracketed IPv6 literal,
 * optionally followed by {@code :} and a port of 1 to 5 digits up to 65535.
 *
 * <p>Narrower than RFC 3986's {@code authority} on purpose: Jersey builds each request's base URI
 * from it, and fails with a server error on what it cannot parse as a host and port (a name with
 * sub-delimiters or escapes, a port that is not a number). Real clients send nothing else.
 */
final class Authorities {

    private static final int MAX_PORT = 65_535;

    private Authorities() {}

    static boolean isValid(byte[] bytes, int start, int end) {
        int hostEnd = bytes[start] == '[' ? ipLiteralEnd(bytes, start, end) : nameEnd(bytes, start, end);
        if (hostEnd < 0) {
            return false;
        }
        return hostEnd == end || (bytes[hostEnd] == ':' && isPort(bytes, hostEnd + 1, end));
    }

    private static int ipLiteralEnd(byte[] bytes, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            byte b = bytes[i];
            if (b == ']') {
                return i > start + 1 ? i + 1 : -1;
            }
            if (b != ':' && b != '.' && Syntax.hexValue(b) < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int nameEnd(byte[] bytes, int start, int end) {
        int i = start;
        while (i < end && Syntax.isUnreserved(bytes[i])) {
            i++;
        }
        return i > start ? i : -1;
    }

    private static boolean isPort(byte[] bytes, int start, int end) {
        if (end - start < 1 || end - start > 5) {
            return false;
        }
        int port = 0;
        for (int i = start; i < end; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return false;
            }
            port = port * 10 + bytes[i] - '0';
        }
        return port <= MAX_PORT;
    }
}
