package dev.usersapi.http;

import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The media ranges of a request's {@code Accept} header with their weights, to tell whether it
 * admits a media type (RFC 9110, section 12.5.1): the most specific range that matches the type
 * decides, and a weight of 0 means "not acceptable". Jersey does choose a resource by the header,
 * but takes a range of weight 0 as a match. Parameters other than the weight are not compared, so
 * that {@code application/json; charset=utf-8} still admits {@code application/json}.
 */
final class AcceptHeader {

    private static final AcceptHeader ANYTHING = new AcceptHeader(List.of(new Range("*", "*", 1)));

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** The header from its field values; no field, or only empty ones, admits anything. */
    static AcceptHeader of(List<String> fieldValues) {
        List<Range> ranges = new ArrayList<>();
        if (fieldValues != null) {
            for (String value : fieldValues) {
                for (String element : splitOutsideQuotes(value, ',')) {
                    Range range = Range.parse(element);
                    if (range != null) {
                        ranges.add(range);
                    }
                }
            }
        }
        return ranges.isEmpty() ? ANYTHING : new AcceptHeader(ranges);
    }

    boolean admits(MediaType type) {
        int bestSpecificity = -1;
        double weight = 0;
        for (Range range : ranges) {
            int specificity = range.specificityFor(type);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                weight = range.weight();
            } else if (specificity == bestSpecificity && specificity >= 0) {
                weight = Math.max(weight, range.weight());
            }
        }
        return bestSpecificity >= 0 && weight > 0;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private record Range(String type, String subtype, double weight) {

        /** The range in one element of the header, or null for an empty element. */
        static Range parse(String element) {
            List<String> pieces = splitOutsideQuotes(element, ';');
            String mediaRange = pieces.get(0).trim().toLowerCase(Locale.ROOT);
            if (mediaRange.isEmpty()) {
                return null;
            }
            int slash = mediaRange.indexOf('/');
            String type =
                    slash < 0 ? mediaRange : mediaRange.substring(0, slash).trim();
            String subtype = slash < 0 ? "*" : mediaRange.substring(slash + 1).trim();
            double weight = 1;
            for (String parameter : pieces.subList(1, pieces.size())) {
                int equals = parameter.indexOf('=');
                if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("q")) {
                    weight = weightOf(parameter.substring(equals + 1).trim());
                }
            }
            return new Range(type, subtype, weight);
        }

        /** A weight Jersey let through but that is not a number counts as full, as Jersey counts it. */
        private static double weightOf(String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException notANumber) {
                return 1;
            }
        }

        /** 2 for a matching type/subtype, 1 for a matching type/*, 0 for *&#47;*, -1 if the range does not match. */
        int specificityFor(MediaType candidate) {
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equalsIgnoreCase(candidate.getType())) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equalsIgnoreCase(candidate.getSubtype()) ? 2 : -1;
        }
    }
}
