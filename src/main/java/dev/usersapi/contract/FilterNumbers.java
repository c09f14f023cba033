package dev.usersapi.contract;

import static dev.usersapi.contract.FilterScanner.error;
import static dev.usersapi.contract.InvalidQueryException.quote;

import dev.usersapi.contract.FilterVocabulary.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single numbers of a filter, as a count or time field takes them: whole numbers, and for a
 * time also {@code now} and date math from it. Kept apart from the grammar because it is the one
 * part that depends on the time of the request.
 */
final class FilterNumbers {

    // At most 15 digits, so that turning an excluded end into an included one (plus or minus 1)
    // and date math on now can never overflow a long.
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,15}");
    private static final Pattern DATE_MATH = Pattern.compile("now(?:([+-])([0-9]{1,9})([smhd]))?");

    private final long nowEpochSecond;

    /** @param nowEpochSecond the time that {@code now} stands for */
    FilterNumbers(long nowEpochSecond) {
        this.nowEpochSecond = nowEpochSecond;
    }

    /**
     * One number of a count or time field: a whole number, or for a time {@code now} and date
     * math.
     *
     * @param name the field's name, for the messages
     * @param kind {@link Kind#COUNT} or {@link Kind#TIME}
     * @param text the number as written
     */
    long point(String name, Kind kind, String text) {
        if (WHOLE_NUMBER.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        if (text.startsWith("now")) {
            if (kind != Kind.TIME) {
                throw error("now and date math apply to time fields only; " + name + " takes a whole number;"
                        + " found " + quote(text));
            }
            return dateMath(text);
        }
        if (text.equals("*")) {
            throw error("wildcards (* and ?) are not supported; for any value of " + name + " write " + name
                    + ":[* TO *]; found " + quote(text));
        }
        String notNumber = quote(text) + " is not a whole number (at most 15 digits, as in " + name + ":5)";
        if (kind == Kind.TIME) {
            notNumber = quote(text) + " is not a whole number of epoch seconds (at most 15 digits), now, or"
                    + " now-<N><unit> as in " + name + ":>=now-1h";
        }
        throw error(notNumber + specialCharacterHint(text));
    }

    // Says which Lucene feature a number seems to use, so the message names what is unsupported.
    private static String specialCharacterHint(String text) {
        if (text.contains("*") || text.contains("?")) {
            return "; wildcards (* and ?) are not supported";
        }
        if (text.contains("~")) {
            return "; fuzzy searches (~) are not supported";
        }
        if (text.contains("^")) {
            return "; boosts (^) are not supported";
        }
        if (text.contains("(") || text.contains(")")) {
            return "; parentheses are not supported";
        }
        return "";
    }

    private long dateMath(String text) {
        Matcher math = DATE_MATH.matcher(text);
        if (!math.matches()) {
            throw error("date math is written now, now-<N><unit> or now+<N><unit>, with N of at most 9 digits"
                    + " and unit s, m, h or d (seconds, minutes, hours, days); found " + quote(text));
        }
        if (math.group(1) == null) {
            return nowEpochSecond;
        }
        long seconds = Long.parseLong(math.group(2)) * unitSeconds(math.group(3).charAt(0));
        return math.group(1).equals("-") ? nowEpochSecond - seconds : nowEpochSecond + seconds;
    }

    private static long unitSeconds(char unit) {
        return switch (unit) {
            case 's' -> 1;
            case 'm' -> 60;
            case 'h' -> 60 * 60;
            case 'd' -> 24 * 60 * 60;
            default -> throw new IllegalArgumentException("not a date math unit: " + unit);
        };
    }
}
