package dev.usersapi.repository.jdbc;

import java.util.regex.Pattern;

/** Small helpers for JDBC URLs. */
final class JdbcUrls {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private JdbcUrls() {}

    /** The URL fit for messages and logs: a password given in it is replaced by {@code ***}. */
    static String redact(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }
}
