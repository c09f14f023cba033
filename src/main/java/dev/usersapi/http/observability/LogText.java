package dev.usersapi.http.observability;

/**
 * Makes text a client sent safe to put in a log line: control characters, DEL and anything beyond
 * ASCII are written as escapes (a byte as Grizzly read it as {@code \x7f}, a wider character as a
 * backslash, "u" and four hex digits), backslashes are doubled, and the result is cut to a bound with
 * a marker, so that a client can neither split a line, forge one, nor make one huge.
 */
final class LogText {

    /** Marks text that was cut to its bound. */
    static final String CUT = "\u2026";

    private LogText() {}

    /**
     * @param maxChars how many characters of the client's text to keep at most, before escaping
     */
    static String of(String clientText, int maxChars) {
        if (clientText == null) {
            return "-";
        }
        boolean cut = clientText.length() > maxChars;
        String kept = cut ? clientText.substring(0, maxChars) : clientText;
        StringBuilder safe = new StringBuilder(kept.length() + 8);
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (c == '\\') {
                safe.append("\\\\");
            } else if (c < 0x20 || (c >= 0x7f && c <= 0xff)) {
                safe.append(String.format("\\x%02x", (int) c));
            } else if (c > 0xff) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return cut ? safe.append(CUT).toString() : safe.toString();
    }
}
