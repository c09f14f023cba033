package dev.usersapi.hostile;

import java.nio.charset.StandardCharsets;

/**
 * Bytes as a one-line Java-like string literal ({@code \r}, {@code \n}, {@code \xHH}), so that a
 * request or response with control bytes can be printed, read and pasted back into a test.
 */
final class Escapes {

    private Escapes() {}

    static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length, Integer.MAX_VALUE);
    }

    /** The bytes escaped, cut after {@code limit} bytes with a note of how many were left out. */
    static String of(byte[] bytes, int from, int to, int limit) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(to, from + limit);
        for (int i = from; i < end; i++) {
            int c = bytes[i] & 0xff;
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        }
        if (to > end) {
            out.append("...(").append(to - end).append(" more bytes)");
        }
        return out.toString();
    }

    /** A string of chars 0-255 as its bytes, one byte per char: how requests are written in the generator. */
    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
