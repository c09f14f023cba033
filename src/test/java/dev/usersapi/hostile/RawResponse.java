package dev.usersapi.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One HTTP response as it came off the wire: status line, header fields in order, body, and its raw bytes. */
record RawResponse(String version, int status, List<Map.Entry<String, String>> headers, byte[] body, byte[] raw) {

    /** The first value of the field, or null. */
    String header(String name) {
        for (Map.Entry<String, String> field : headers) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    List<String> headers(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> field : headers) {
            if (field.getKey().equalsIgnoreCase(name)) {
                values.add(field.getValue());
            }
        }
        return values;
    }

    /** Whether the server said it closes the connection after this response. */
    boolean closes() {
        String connection = String.join(",", headers("Connection")).toLowerCase(Locale.ROOT);
        boolean close = false;
        boolean keepAlive = false;
        for (String option : connection.split(",", -1)) {
            close |= option.trim().equals("close");
            keepAlive |= option.trim().equals("keep-alive");
        }
        return close || (version.equals("HTTP/1.0") && !keepAlive);
    }

    boolean hasConnectionClose() {
        for (String value : headers("Connection")) {
            for (String option : value.split(",", -1)) {
                if (option.trim().equalsIgnoreCase("close")) {
                    return true;
                }
            }
        }
        return false;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Status line, fields and the start of the body, escaped, for a failure message. */
    String summary() {
        return Escapes.of(raw, 0, raw.length, 700);
    }
}
