package dev.usersapi.domain.ip;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * IP address literals in one spelling per address, so that a lockout recorded for
 * {@code 2001:DB8::0:7} is found by {@code 2001:db8::7}: IPv4 dotted decimal, IPv6 as RFC 5952
 * writes it, and an IPv4-mapped IPv6 address as the IPv4 address it maps.
 *
 * <p>Parsing never looks a name up: only strings made of the characters of address literals reach
 * {@link InetAddress}, IPv6 ones inside brackets, where it parses or refuses without DNS.
 */
public final class IpAddresses {

    /** The longest literal read (an IPv6 address with an IPv4 tail is 45 characters). */
    public static final int MAX_LENGTH = 45;

    private IpAddresses() {}

    /** The address in its one spelling, or empty when the text is not an IPv4 or IPv6 literal. */
    public static Optional<String> canonical(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (text.indexOf(':') < 0) {
            return Optional.ofNullable(dottedQuad(text));
        }
        if (!isIpv6Alphabet(text)) {
            return Optional.empty();
        }
        InetAddress address;
        try {
            address = InetAddress.getByName("[" + text + "]");
        } catch (UnknownHostException notLiteral) {
            return Optional.empty();
        }
        if (address instanceof Inet4Address) {
            return Optional.of(address.getHostAddress());
        }
        return Optional.of(rfc5952(address.getAddress()));
    }

    /**
     * The text itself if it is four decimal parts of 0 to 255, each of 1 to 3 digits without a
     * leading zero; else null.
     */
    private static String dottedQuad(String text) {
        StringBuilder out = new StringBuilder(15);
        int parts = 0;
        int i = 0;
        while (parts < 4) {
            int start = i;
            int value = 0;
            while (i < text.length() && i - start < 3 && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            // A leading zero is refused, not read past: some parsers read 010 as octal 8.
            if (i == start || value > 255 || (i - start > 1 && text.charAt(start) == '0')) {
                return null;
            }
            out.append(value);
            parts++;
            if (parts < 4) {
                if (i >= text.length() || text.charAt(i) != '.') {
                    return null;
                }
                out.append('.');
                i++;
            }
        }
        return i == text.length() ? out.toString() : null;
    }

    /** Hex digits, colons and the dots of an IPv4 tail; no zone ({@code %}), no brackets. */
    private static boolean isIpv6Alphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed =
                    (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 5952, section 4: lower-case hex without leading zeros, the longest run of two or more
     * zero groups (the first of equal runs) written {@code ::}.
     */
    static String rfc5952(byte[] sixteen) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((sixteen[2 * i] & 0xff) << 8) | (sixteen[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
