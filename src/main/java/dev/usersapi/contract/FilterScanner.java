package dev.usersapi.contract;

import static dev.usersapi.contract.InvalidQueryException.quote;

import java.util.stream.Collectors;

/**
 * The lexical level of a listing's filter: a cursor over the text that reads words, bare terms and
 * quoted strings, and turns what it cannot read into a rejection of the filter. What a word means
 * is left to {@link FilterSyntax}.
 */
final class FilterScanner {

    /**
     * The characters that a backslash escapes, as in Lucene's query syntax; any other escape is
     * rejected rather than guessed at.
     */
    static final String ESCAPABLE = "+-&|!(){}[]^\"~*?:\\/";

    private static final String ESCAPABLE_LIST =
            ESCAPABLE.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" "));

    private final String text;
    private final String quotedValueExample;
    private int position;

    /**
     * @param text the filter
     * @param quotedValueExample a clause of the listing with a quoted value, which the message
     *     for an unquoted value outside ASCII shows
     */
    FilterScanner(String text, String quotedValueExample) {
        this.text = text;
        this.quotedValueExample = quotedValueExample;
    }

    /** Spaces and tabs separate tokens; every other control character is refused before reading. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    boolean atEnd() {
        return position >= text.length();
    }

    /** The next character; only called when not at the end. */
    char peek() {
        return text.charAt(position);
    }

    boolean peekIs(char c) {
        return !atEnd() && peek() == c;
    }

    char next() {
        return text.charAt(position++);
    }

    int position() {
        return position;
    }

    /** Skips spaces and tabs, and says whether there were any. */
    boolean skipSpace() {
        int start = position;
        while (!atEnd() && isSpace(peek())) {
            position++;
        }
        return position > start;
    }

    /** The characters from here to the next space or the end, without moving past them. */
    String peekWord() {
        return wordAt(position);
    }

    /** Moves past the word that {@link #peekWord} returned. */
    void skip(String word) {
        position += word.length();
    }

    /** Reads up to the next space, the end, or one of the stop characters. */
    String readRun(String stops) {
        int start = position;
        while (!atEnd() && !isSpace(peek()) && stops.indexOf(peek()) < 0) {
            position++;
        }
        return text.substring(start, position);
    }

    /**
     * Reads a bare term up to the next space, with its escapes resolved. Unescaped characters that
     * Lucene gives a meaning to (wildcards, fuzziness, boosts, grouping, ranges) are rejected, so
     * that no filter silently means something else here than in Lucene; the rest of printable
     * ASCII, including the | - + @ . : of user ids and addresses, stands for itself.
     */
    String readBareTerm() {
        int start = position;
        StringBuilder value = new StringBuilder();
        while (!atEnd() && !isSpace(peek())) {
            char c = next();
            if (c == '\\') {
                value.append(readEscaped(start));
                continue;
            }
            checkTermCharacter(c, start);
            value.append(c);
        }
        return value.toString();
    }

    private void checkTermCharacter(char c, int termStart) {
        String problem = switch (c) {
            case '*', '?' ->
                "wildcards (* and ?) are not supported; escape them as \\* and \\? to match them as they are";
            case '~' -> "fuzzy and proximity searches (~) are not supported";
            case '^' -> "boosts (^) are not supported";
            case '(', ')' -> "parentheses are not supported";
            case '"' -> "a quote inside a value must be escaped as \\\", or the whole value put in quotes";
            case '[', ']', '{', '}' -> "brackets and braces inside a value must be escaped with a backslash";
            default ->
                c > '~' ? "put a value with characters outside ASCII in quotes, as in " + quotedValueExample : "";
        };
        if (!problem.isEmpty()) {
            throw error(problem + "; found " + quote(wordAt(termStart)));
        }
    }

    /**
     * Reads a string in double quotes, starting at its opening quote, with its escapes resolved.
     * Inside the quotes spaces and every Lucene special character stand for themselves.
     */
    String readQuoted() {
        int start = position;
        next();
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = next();
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                value.append(readEscaped(start));
            } else if (c == '\t') {
                throw error("a quoted value must not contain a tab; found " + quote(text.substring(start)));
            } else {
                value.append(c);
            }
        }
        throw error("the quoted value " + quote(text.substring(start)) + " has no closing quote");
    }

    /** The character after a backslash, which has just been read. */
    private char readEscaped(int valueStart) {
        if (atEnd()) {
            throw error("a backslash at the end escapes nothing; found " + quote(text.substring(valueStart)));
        }
        char escaped = next();
        if (ESCAPABLE.indexOf(escaped) < 0) {
            throw error(quote("\\" + escaped) + " is not an escape; a backslash escapes only one of " + ESCAPABLE_LIST
                    + "; found " + quote(wordAt(valueStart)));
        }
        return escaped;
    }

    /** The text from {@code start} to the next space, for quoting what could not be read. */
    String wordAt(int start) {
        int end = start;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** The text from {@code start} through the first of the given characters, or to its end. */
    String textThrough(int start, String ends) {
        for (int i = start; i < text.length(); i++) {
            if (ends.indexOf(text.charAt(i)) >= 0) {
                return text.substring(start, i + 1);
            }
        }
        return text.substring(start);
    }

    static InvalidQueryException error(String message) {
        return new InvalidQueryException("filter", message);
    }
}
