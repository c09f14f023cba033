package dev.usersapi.repository.jdbc;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers for JDBC URLs. */
final class JdbcUrls {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private JdbcUrls() {}

    /** The URL fit for messages and logs: a password given in it is replaced by {@code ***}. */
    static String redact(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }

    /**
     * The H2 URL with the setting appended, unless the URL sets it already (the URL wins, so an
     * operator can still choose otherwise on purpose).
     */
    static String withH2Setting(String url, String key, String value) {
        String upper = url.toUpperCase(Locale.ROOT);
        if (upper.contains(";" + key.toUpperCase(Locale.ROOT) + "=")) {
            return url;
        }
        return url + ";" + key + "=" + value;
    }
}
