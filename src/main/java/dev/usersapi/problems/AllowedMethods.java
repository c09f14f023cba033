package dev.usersapi.problems;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The methods a path allows, as its {@code Allow} header states them. Jersey lists the methods its
 * resources declare plus the OPTIONS it would answer itself; this server refuses OPTIONS (see
 * {@code OptionsRefusalFilter}), but answers HEAD wherever it answers GET, so the list says so.
 */
final class AllowedMethods {

    private static final List<String> USUAL_ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    private static final Comparator<String> IN_USUAL_ORDER = Comparator.comparingInt(
                    (String method) -> USUAL_ORDER.contains(method) ? USUAL_ORDER.indexOf(method) : USUAL_ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    private AllowedMethods() {}

    static List<String> of(Collection<String> declared) {
        TreeSet<String> allowed = new TreeSet<>(IN_USUAL_ORDER);
        for (String method : declared) {
            allowed.add(method.toUpperCase(Locale.ROOT));
        }
        allowed.remove("OPTIONS");
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return List.copyOf(allowed);
    }
}
