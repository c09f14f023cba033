package dev.usersapi.http.observability;

import java.util.Set;

/**
 * The request method as a metrics label: one of the standard methods, or {@code other}. A client
 * may send any token as a method, and each distinct label value is a time series of its own, kept
 * for the life of the process; a fixed set of values keeps the number of series bounded.
 */
final class MethodLabels {

    static final String OTHER = "other";
    private static final Set<String> STANDARD =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    private MethodLabels() {}

    static String of(String method) {
        return method != null && STANDARD.contains(method) ? method : OTHER;
    }
}
