package dev.usersapi.server.edge;

/** Character classes of RFC 9110 and RFC 3986, as lookup tables over bytes. */
final class Syntax {

    private static final boolean[] TCHAR = table("!#$%&'*+-.^_`|~");
    /** RFC 3986 unreserved: what a percent-escape never needs to hide. */
    private static final boolean[] UNRESERVED = table("-._~");
    /** RFC 3986 pchar and '/', less ';' (matrix parameters are refused) and with '%' checked apart. */
    private static final boolean[] PATH = table("-._~!$&'()*+,=:@/%");

    private Syntax() {}

    private static boolean[] table(String extra) {
        boolean[] table = new boolean[256];
        for (int c = 'a'; c <= 'z'; c++) {
            table[c] = true;
            table[c - 'a' + 'A'] = true;
        }
        for (int c = '0'; c <= '9'; c++) {
            table[c] = true;
        }
        for (int i = 0; i < extra.length(); i++) {
            table[extra.charAt(i)] = true;
        }
        return table;
    }

    static boolean isTchar(int b) {
        return TCHAR[b & 0xff];
    }

    static boolean isUnreserved(int b) {
        return UNRESERVED[b & 0xff];
    }

    static boolean isPathChar(int b) {
        return PATH[b & 0xff];
    }

    /** A byte allowed in a field value: visible ASCII, space, tab, or obs-text. */
    static boolean isFieldValueByte(int b) {
        int c = b & 0xff;
        return c == '\t' || (c >= 0x20 && c != 0x7f);
    }

    /** A byte allowed in a request target: visible ASCII. */
    static boolean isTargetByte(int b) {
        int c = b & 0xff;
        return c > 0x20 && c < 0x7f;
    }

    static int hexValue(int b) {
        int c = b & 0xff;
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }
}
