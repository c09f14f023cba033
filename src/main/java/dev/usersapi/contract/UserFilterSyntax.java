package dev.usersapi.contract;

import static dev.usersapi.contract.FilterScanner.error;
import static dev.usersapi.contract.InvalidQueryException.quote;

import dev.usersapi.domain.listing.UserCondition;
import dev.usersapi.domain.listing.UserField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the {@code filter} of a user listing: a subset of Lucene's query string syntax (as in
 * Elasticsearch's query_string), with the meaning Lucene gives it. What is outside the subset is
 * rejected with a message that says how to write it, never read as something else.
 */
public final class UserFilterSyntax {

    /*
     * The grammar, read by one method each (spaces and tabs between tokens are free):
     *
     *   filter      = clause { ("AND" | "&&") clause }             at most 20 clauses
     *   clause      = field ":" value                               no space around the colon
     *   text value  = quoted | bare-term                            user_id, email
     *   flag value  = "true" | "false"                              disabled
     *   number value = point | (">" | ">=" | "<" | "<=") point      counts and times
     *               | ("[" | "{") bound "TO" bound ("]" | "}")     [ ] include the end, { } exclude it
     *   bound       = "*" | point
     *   point       = ["-"] 1 to 15 digits
     *               | "now" [("+" | "-") 1 to 9 digits ("s" | "m" | "h" | "d")]     times only
     */

    /** The longest filter read; the HTTP layer enforces the same limit before it gets here. */
    public static final int MAX_LENGTH = 1024;

    /** The most clauses a filter may have, which bounds the work a store does for one listing. */
    public static final int MAX_CLAUSES = 20;

    // At most 15 digits, so that turning an excluded end into an included one (plus or minus 1)
    // and date math on now can never overflow a long.
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,15}");
    private static final Pattern DATE_MATH = Pattern.compile("now(?:([+-])([0-9]{1,9})([smhd]))?");

    private static final String FILTERABLE_FIELDS =
            Arrays.stream(UserField.values()).map(UserField::wireName).collect(Collectors.joining(", "));

    private final FilterScanner in;
    private final long nowEpochSecond;

    private UserFilterSyntax(FilterScanner in, long nowEpochSecond) {
        this.in = in;
        this.nowEpochSecond = nowEpochSecond;
    }

    /**
     * The conditions of a filter, all of which must hold; none for a missing or blank filter.
     *
     * @param filter the query parameter as the client sent it, or null
     * @param nowEpochSecond the time that {@code now} stands for
     * @throws InvalidQueryException for parameter {@code filter}, when the filter is outside the
     *     subset
     */
    public static List<UserCondition> parse(String filter, long nowEpochSecond) {
        if (filter == null) {
            return List.of();
        }
        if (filter.length() > MAX_LENGTH) {
            throw error("the filter has " + filter.length() + " characters; at most " + MAX_LENGTH + " are allowed");
        }
        rejectControlCharacters(filter);
        FilterScanner in = new FilterScanner(filter);
        in.skipSpace();
        if (in.atEnd()) {
            return List.of();
        }
        return new UserFilterSyntax(in, nowEpochSecond).readFilter();
    }

    // A control character is never part of a field or a value, and is most likely the remains of
    // a copy-and-paste; reading past it would quote it back or match nothing without a word.
    private static void rejectControlCharacters(String filter) {
        for (int i = 0; i < filter.length(); i++) {
            if (Character.isISOControl(filter.charAt(i)) && !FilterScanner.isSpace(filter.charAt(i))) {
                String around = filter.substring(Math.max(0, i - 20), Math.min(filter.length(), i + 20));
                throw error("the filter contains a control character (shown as ?) in " + quote(around));
            }
        }
    }

    private List<UserCondition> readFilter() {
        List<UserCondition> conditions = new ArrayList<>();
        while (true) {
            rejectOperatorBeforeClause(conditions.isEmpty());
            if (conditions.size() == MAX_CLAUSES) {
                throw error(
                        "a filter has at most " + MAX_CLAUSES + " clauses; the next one is " + quote(in.peekWord()));
            }
            conditions.add(readClause());
            if (!readAnd()) {
                return List.copyOf(conditions);
            }
        }
    }

    private void rejectOperatorBeforeClause(boolean first) {
        String word = in.peekWord();
        if (isAnd(word)) {
            throw error(
                    first
                            ? "the filter starts with " + word + "; AND must stand between two clauses"
                            : "two ANDs in a row; AND must stand between two clauses");
        }
        Optional<String> unsupported = unsupportedOperator(word);
        if (unsupported.isPresent()) {
            throw error(unsupported.get());
        }
    }

    /**
     * Reads what follows a clause: the end, which is false, or AND and the space after it, which is
     * true. Anything else is a way of combining clauses that the subset leaves out.
     */
    private boolean readAnd() {
        boolean spaced = in.skipSpace();
        if (in.atEnd()) {
            return false;
        }
        String word = in.peekWord();
        if (!spaced) {
            // Only a quoted value or a range ends before a space; what sticks to it is Lucene's
            // fuzziness or boost, or a second clause with nothing between.
            char c = in.peek();
            if (c == '~') {
                throw error("fuzzy and proximity searches (~) are not supported; found " + quote(word));
            }
            if (c == '^') {
                throw error("boosts (^) are not supported; found " + quote(word));
            }
            if (word.startsWith("AND") || word.startsWith("&&")) {
                throw error("put a space between a value and the AND after it; found " + quote(word));
            }
            throw error(joinWithAnd(word));
        }
        if (isAnd(word)) {
            in.skip(word);
            in.skipSpace();
            if (in.atEnd()) {
                throw error("the filter ends with " + word + "; AND must stand between two clauses");
            }
            return true;
        }
        if (word.equalsIgnoreCase("AND")) {
            throw error("operators are written in upper case: AND, not " + quote(word));
        }
        throw error(unsupportedOperator(word).orElseGet(() -> joinWithAnd(word)));
    }

    private static boolean isAnd(String word) {
        return word.equals("AND") || word.equals("&&");
    }

    private static String joinWithAnd(String found) {
        return "join clauses with AND; OR and implicit OR are not supported; found " + quote(found)
                + " without AND before it";
    }

    /** What is wrong with a word that Lucene reads as an operator the subset leaves out. */
    private static Optional<String> unsupportedOperator(String word) {
        if (word.equals("OR") || word.equals("||")) {
            return Optional.of("OR (also written ||) is not supported; every clause must hold, so join clauses"
                    + " with AND; found " + quote(word));
        }
        if (word.equals("NOT") || word.startsWith("!")) {
            return Optional.of("NOT (also written !) is not supported; write the opposite condition instead, as in"
                    + " disabled:false; found " + quote(word));
        }
        if (word.startsWith("+")) {
            return Optional.of("the + prefix (must match) is not supported; every clause must match already, so"
                    + " leave it out; found " + quote(word));
        }
        if (word.startsWith("-")) {
            return Optional.of("the - prefix (must not match) is not supported; write the opposite condition"
                    + " instead, as in failure_count:<5; found " + quote(word));
        }
        if (word.startsWith("(") || word.startsWith(")")) {
            return Optional.of("parentheses are not supported; join clauses with AND; found " + quote(word));
        }
        return Optional.empty();
    }

    private UserCondition readClause() {
        int start = in.position();
        String name = in.readRun(":");
        if (!in.peekIs(':')) {
            in.skipSpace();
            if (in.peekIs(':')) {
                throw error("no space is allowed before the colon; write " + quote(name + ":") + " followed by"
                        + " the value");
            }
            throw error("every clause names a field, as in failure_count:>=5; found " + quote(name));
        }
        if (name.isEmpty()) {
            throw error("every clause names a field, as in failure_count:>=5; found " + quote(in.wordAt(start)));
        }
        UserField field = UserField.named(name)
                .orElseThrow(() ->
                        error("unknown field " + quote(name) + "; the filterable fields are " + FILTERABLE_FIELDS));
        in.next();
        boolean spaced = in.skipSpace();
        if (in.atEnd() || (spaced && isAnd(in.peekWord()))) {
            throw error(quote(name + ":") + " has no value; write it right after the colon");
        }
        if (spaced) {
            throw error("no space is allowed after the colon; write the value right after it, as in "
                    + quote(name + ":" + in.peekWord()));
        }
        return switch (field.kind()) {
            case TEXT -> readText(field);
            case BOOLEAN -> readFlag(field);
            case COUNT, TIME -> readNumbers(field);
        };
    }

    private UserCondition readText(UserField field) {
        char first = in.peek();
        if (first == '[' || first == '{' || first == '>' || first == '<') {
            throw error(field.wireName() + " takes an exact value; ranges and comparisons apply to counts and"
                    + " times; found " + quote(in.peekWord()));
        }
        if (first == '/') {
            throw error("regular expressions are not supported; " + field.wireName() + " takes an exact value;"
                    + " found " + quote(in.peekWord()));
        }
        String value = first == '"' ? in.readQuoted() : in.readBareTerm();
        if (value.isEmpty()) {
            throw error(field.wireName() + " has an empty value; write the value after the colon");
        }
        return new UserCondition.TextEquals(field, value);
    }

    private UserCondition readFlag(UserField field) {
        String value = in.readRun("");
        if (value.equals("true") || value.equals("false")) {
            return new UserCondition.FlagEquals(field, Boolean.parseBoolean(value));
        }
        throw error(field.wireName() + " takes true or false; found " + quote(value));
    }

    private UserCondition readNumbers(UserField field) {
        char first = in.peek();
        if (first == '[' || first == '{') {
            return readRange(field);
        }
        if (first == '>' || first == '<') {
            return readComparison(field);
        }
        long value = point(field, in.readRun(""));
        return new UserCondition.InRange(field, value, value);
    }

    private UserCondition readComparison(UserField field) {
        boolean greater = in.next() == '>';
        boolean orEqual = in.peekIs('=');
        if (orEqual) {
            in.next();
        }
        String operator = (greater ? ">" : "<") + (orEqual ? "=" : "");
        String operand = in.readRun("");
        if (operand.isEmpty()) {
            throw error("a value must follow " + operator + " directly, as in " + field.wireName() + ":" + operator
                    + "5; found " + quote(field.wireName() + ":" + operator));
        }
        long bound = point(field, operand);
        // Whole numbers: > n is >= n + 1, and < n is <= n - 1.
        if (greater) {
            return new UserCondition.InRange(field, orEqual ? bound : bound + 1, Long.MAX_VALUE);
        }
        return new UserCondition.InRange(field, Long.MIN_VALUE, orEqual ? bound : bound - 1);
    }

    private UserCondition readRange(UserField field) {
        int start = in.position();
        boolean includesLow = in.next() == '[';
        in.skipSpace();
        String low = in.readRun("]}");
        boolean spaceBeforeTo = in.skipSpace();
        String to = in.readRun("]}");
        boolean spaceAfterTo = in.skipSpace();
        String high = in.readRun("]}");
        in.skipSpace();
        String written = in.textThrough(start, "]}");
        if (to.equalsIgnoreCase("TO") && !to.equals("TO")) {
            throw error("write TO in upper case in a range; found " + quote(written));
        }
        if (low.isEmpty() || !spaceBeforeTo || !to.equals("TO") || !spaceAfterTo || high.isEmpty()) {
            throw error(rangeForm(field) + "; found " + quote(written));
        }
        if (in.atEnd() || (in.peek() != ']' && in.peek() != '}')) {
            throw error("the range does not end with ] or }; " + rangeForm(field) + "; found " + quote(written));
        }
        boolean includesHigh = in.next() == ']';
        // Whole numbers: an excluded end n is the included end n + 1 (below) or n - 1 (above).
        long min = low.equals("*") ? Long.MIN_VALUE : point(field, low) + (includesLow ? 0 : 1);
        long max = high.equals("*") ? Long.MAX_VALUE : point(field, high) - (includesHigh ? 0 : 1);
        return new UserCondition.InRange(field, min, max);
    }

    private static String rangeForm(UserField field) {
        return "a range is written [low TO high], with [ ] to include an end, { } to exclude it and * for an"
                + " open end, as in " + field.wireName() + ":[5 TO *]";
    }

    /** One number of a count or time field: a whole number, or for a time {@code now} and date math. */
    private long point(UserField field, String text) {
        if (WHOLE_NUMBER.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        String name = field.wireName();
        if (text.startsWith("now")) {
            if (field.kind() != UserField.Kind.TIME) {
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
        if (field.kind() == UserField.Kind.TIME) {
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
