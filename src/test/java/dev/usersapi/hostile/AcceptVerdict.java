package dev.usersapi.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a request's Accept fields admit {@code application/json}, read by RFC 9110 §12.5.1: the
 * most specific media range that matches a type gives its quality, and quality 0 means "not
 * acceptable". Only clear cases get a verdict; a malformed or merely odd header is UNKNOWN, and the
 * oracle then accepts either a success or a 406.
 */
enum AcceptVerdict {
    /** application/json is acceptable (or there is no Accept field): a 406 would be wrong. */
    YES,
    /** Neither application/json nor application/problem+json is acceptable: a success would be wrong. */
    NO,
    UNKNOWN;

    private record Range(String type, String subtype, double quality) {}

    static AcceptVerdict of(List<String> acceptFields) {
        if (acceptFields.isEmpty()) {
            return YES;
        }
        List<Range> ranges = new ArrayList<>();
        for (String field : acceptFields) {
            for (String element : field.split(",", -1)) {
                Range range = parse(element.trim());
                if (range == null) {
                    return UNKNOWN;
                }
                ranges.add(range);
            }
        }
        double json = quality(ranges, "application", "json");
        double problem = quality(ranges, "application", "problem+json");
        if (json > 0) {
            return YES;
        }
        return problem > 0 ? UNKNOWN : NO;
    }

    private static Range parse(String element) {
        String[] pieces = element.split(";", -1);
        String mediaRange = pieces[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaRange.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+|\\*/\\*|[a-z0-9!#$&^_.+-]+/\\*")) {
            return null;
        }
        double quality = 1;
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
            if (!parameter.matches("q=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)")) {
                // Other parameters make matching depend on the server's reading of them.
                return null;
            }
            quality = Double.parseDouble(parameter.substring(2));
        }
        String[] typeAndSubtype = mediaRange.split("/", -1);
        return new Range(typeAndSubtype[0], typeAndSubtype[1], quality);
    }

    private static double quality(List<Range> ranges, String type, String subtype) {
        int bestSpecificity = -1;
        double quality = 0;
        for (Range range : ranges) {
            int specificity;
            if (range.type().equals(type) && range.subtype().equals(subtype)) {
                specificity = 2;
            } else if (range.type().equals(type) && range.subtype().equals("*")) {
                specificity = 1;
            } else if (range.type().equals("*") && range.subtype().equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.quality();
            } else if (specificity == bestSpecificity) {
                // The same range twice with different qualities: read it in the client's favour.
                quality = Math.max(quality, range.quality());
            }
        }
        return quality;
    }
}
