package dev.usersapi.contract;

import static dev.usersapi.contract.FilterScanner.error;
import static dev.usersapi.contract.InvalidQueryException.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code filter} of a listing: a subset of Lucene's query string syntax (as in
 * Elasticsearch's query_string), with the meaning Lucene gives it. What is outside the subset is
 * rejected with a message that says how to write it, never read as something else.
 *
 * <p>Every listing reads its filter with this one grammar, so that each accepts and refuses the
 * same forms in the same words; a {@link FilterVocabulary} supplies what differs, the fields and
 * the conditions that clauses become.
 *
 * @param <F> the fields of the listing
 * @param <C> the conditions that a filter becomes
 */
final class FilterSyntax<F, C> {

    /*
     * The grammar, read by one method each (spaces and tabs between tokens are free):
     *
     *   filter      = clause { ("AND" | "&&") clause }             at most 20 clauses
     *   clause      = field ":" value                               no space around the colon
     *   text value  = quoted | bare-term                            text fields
     *   flag value  = "true" | "false"                              boolean fields
     *   number value = point | (">" | ">=" | "<" | "<=") point      counts and times
     *               | ("[" | "{") bound "TO" bound ("]" | "}")     [ ] include the end, { } exclude it
     *   bound       = "*" | point
     *   point       = ["-"] 1 to 15 digits
     *               | "now" [("+" | "-") 1 to 9 digits ("s" | "m" | "h" | "d")]     times only
     */

    /** The longest filter read; the HTTP layer enforces the same limit before it gets here. */
    static final int MAX_LENGTH = 1024;

    /** The most clauses a filter may have, which bounds the work a store does for one listing. */
    static final int MAX_CLAUSES = 20;

    private final FilterVocabulary<F, C> vocabulary;
    private final FilterScanner in;
    private final FilterNumbers numbers;

    private FilterSyntax(FilterVocabulary<F, C> vocabulary, FilterScanner in, FilterNumbers numbers) {
        this.vocabulary = vocabulary;
        this.in = in;
        this.numbers = numbers;
    }

    /**
     * The conditions of a filter, all of which must hold; none for a missing or blank filter.
     *
     * @param vocabulary the fields of the listing, and the conditions their clauses become
     * @param filter the query parameter as the client sent it, or null
     * @param nowEpochSecond the time that {@code now} stands for
     * @throws InvalidQueryException for parameter {@code filter}, when the filter is outside the
     *     subset or names what the listing does not have
     */
    static <F, C> List<C> parse(FilterVocabulary<F, C> vocabulary, String filter, long nowEpochSecond) {
        if (filter == null) {
            return List.of();
        }
        if (filter.length() > MAX_LENGTH) {
            throw error("the filter has " + filter.length() + " characters; at most " + MAX_LENGTH + " are allowed");
        }
        rejectControlCharacters(filter);
        FilterScanner in = new FilterScanner(filter, vocabulary.examples().quotedValue());
        in.skipSpace();
        if (in.atEnd()) {
            return List.of();
        }
        return new FilterSyntax<>(vocabulary, in, new FilterNumbers(nowEpochSecond)).readFilter();
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

    private List<C> readFilter() {
        List<C> conditions = new ArrayList<>();
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
    private Optional<String> unsupportedOperator(String word) {
        if (word.equals("OR") || word.equals("||")) {
            return Optional.of("OR (also written ||) is not supported; every clause must hold, so join clauses"
                    + " with AND; found " + quote(word));
        }
        if (word.equals("NOT") || word.startsWith("!")) {
            return Optional.of("NOT (also written !) is not supported; write the opposite condition instead, as in "
                    + vocabulary.examples().insteadOfNot() + "; found " + quote(word));
        }
        if (word.startsWith("+")) {
            return Optional.of("the + prefix (must match) is not supported; every clause must match already, so"
                    + " leave it out; found " + quote(word));
        }
        if (word.startsWith("-")) {
            return Optional.of("the - prefix (must not match) is not supported; write the opposite condition"
                    + " instead, as in " + vocabulary.examples().insteadOfMinus() + "; found " + quote(word));
        }
        if (word.startsWith("(") || word.startsWith(")")) {
            return Optional.of("parentheses are not supported; join clauses with AND; found " + quote(word));
        }
        return Optional.empty();
    }

    private C readClause() {
        int start = in.position();
        String name = in.readRun(":");
        String namesAField =
                "every clause names a field, as in " + vocabulary.examples().clause() + "; found ";
        if (!in.peekIs(':')) {
            in.skipSpace();
            if (in.peekIs(':')) {
                throw error("no space is allowed before the colon; write " + quote(name + ":") + " followed by"
                        + " the value");
            }
            throw error(namesAField + quote(name));
        }
        if (name.isEmpty()) {
            throw error(namesAField + quote(in.wordAt(start)));
        }
        F field = vocabulary
                .field(name)
                .orElseThrow(() -> error("unknown field " + quote(name) + "; the filterable fields are "
                        + String.join(", ", vocabulary.filterableFields())));
        in.next();
        boolean spaced = in.skipSpace();
        if (in.atEnd() || (spaced && isAnd(in.peekWord()))) {
            throw error(quote(name + ":") + " has no value; write it right after the colon");
        }
        if (spaced) {
            throw error("no space is allowed after the colon; write the value right after it, as in "
                    + quote(name + ":" + in.peekWord()));
        }
        return switch (vocabulary.kind(field)) {
            case TEXT -> readText(field);
            case BOOLEAN -> readFlag(field);
            case COUNT, TIME -> readNumbers(field);
        };
    }

    private C readText(F field) {
        String name = vocabulary.wireName(field);
        char first = in.peek();
        if (first == '[' || first == '{' || first == '>' || first == '<') {
            throw error(name + " takes an exact value; ranges and comparisons apply to counts and times; found "
                    + quote(in.peekWord()));
        }
        if (first == '/') {
            throw error("regular expressions are not supported; " + name + " takes an exact value; found "
                    + quote(in.peekWord()));
        }
        String value = first == '"' ? in.readQuoted() : in.readBareTerm();
        if (value.isEmpty()) {
            throw error(name + " has an empty value; write the value after the colon");
        }
        return vocabulary.textEquals(field, value);
    }

    private C readFlag(F field) {
        String value = in.readRun("");
        if (value.equals("true") || value.equals("false")) {
            return vocabulary.flagEquals(field, Boolean.parseBoolean(value));
        }
        throw error(vocabulary.wireName(field) + " takes true or false; found " + quote(value));
    }

    private C readNumbers(F field) {
        char first = in.peek();
        if (first == '[' || first == '{') {
            return readRange(field);
        }
        if (first == '>' || first == '<') {
            return readComparison(field);
        }
        long value = point(field, in.readRun(""));
        return vocabulary.inRange(field, value, value);
    }

    private C readComparison(F field) {
        String name = vocabulary.wireName(field);
        boolean greater = in.next() == '>';
        boolean orEqual = in.peekIs('=');
        if (orEqual) {
            in.next();
        }
        String operator = (greater ? ">" : "<") + (orEqual ? "=" : "");
        String operand = in.readRun("");
        if (operand.isEmpty()) {
            throw error("a value must follow " + operator + " directly, as in " + name + ":" + operator + "5; found "
                    + quote(name + ":" + operator));
        }
        long bound = point(field, operand);
        // Whole numbers: > n is >= n + 1, and < n is <= n - 1.
        if (greater) {
            return vocabulary.inRange(field, orEqual ? bound : bound + 1, Long.MAX_VALUE);
        }
        return vocabulary.inRange(field, Long.MIN_VALUE, orEqual ? bound : bound - 1);
    }

    private C readRange(F field) {
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
        return vocabulary.inRange(field, min, max);
    }

    private String rangeForm(F field) {
        return "a range is written [low TO high], with [ ] to include an end, { } to exclude it and * for an"
                + " open end, as in " + vocabulary.wireName(field) + ":[5 TO *]";
    }

    private long point(F field, String text) {
        return numbers.point(vocabulary.wireName(field), vocabulary.kind(field), text);
    }
}
