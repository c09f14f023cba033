package dev.usersapi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.listing.UserCondition;
import dev.usersapi.domain.listing.UserCondition.FlagEquals;
import dev.usersapi.domain.listing.UserCondition.InRange;
import dev.usersapi.domain.listing.UserCondition.TextEquals;
import dev.usersapi.domain.listing.UserField;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The filter subset of Lucene's query string syntax: what it reads, and how it refuses the rest. */
class UserFilterSyntaxTest {

    private static final long NOW = 1_760_000_000L;
    private static final long MIN = Long.MIN_VALUE;
    private static final long MAX = Long.MAX_VALUE;

    private static final UserField FAILURES = UserField.FAILURE_COUNT;
    private static final UserField BLOCK_UNTIL = UserField.BLOCK_UNTIL;
    private static final UserField CREATED = UserField.CREATION_TIME;

    // ---- what is read

    @Test
    void noFilterIsNoCondition() {
        assertEquals(List.of(), UserFilterSyntax.parse(null, NOW));
        assertEquals(List.of(), UserFilterSyntax.parse("", NOW));
        assertEquals(List.of(), UserFilterSyntax.parse(" \t  ", NOW));
    }

    @Test
    void theUsersBlockedNowAreThoseBlockedUntilLaterThanNow() {
        assertEquals(List.of(new InRange(BLOCK_UNTIL, NOW + 1, MAX)), UserFilterSyntax.parse("block_until:>now", NOW));
    }

    @Test
    void clausesJoinedByAndAllHoldInTheirOrder() {
        assertEquals(
                List.of(new InRange(BLOCK_UNTIL, NOW + 1, MAX), new InRange(FAILURES, 5, MAX)),
                UserFilterSyntax.parse("block_until:>now AND failure_count:>=5", NOW));
        assertEquals(
                List.of(
                        new InRange(UserField.LAST_SIGN_IN_ATTEMPT, NOW - 3600, MAX),
                        new FlagEquals(UserField.DISABLED, false)),
                UserFilterSyntax.parse("last_sign_in_attempt:>=now-1h AND disabled:false", NOW));
    }

    @Test
    void doubleAmpersandJoinsClausesLikeAnd() {
        assertEquals(
                UserFilterSyntax.parse("disabled:true AND failure_count:0", NOW),
                UserFilterSyntax.parse("disabled:true && failure_count:0", NOW));
    }

    @Test
    void spacesAndTabsAroundTokensAreFree() {
        assertEquals(
                List.of(new FlagEquals(UserField.DISABLED, true), new InRange(FAILURES, 3, 10)),
                UserFilterSyntax.parse(" \t disabled:true \t AND\t\tfailure_count:[  3\tTO 10 ]  ", NOW));
    }

    @Test
    void theSameFieldMayBeInSeveralClauses() {
        assertEquals(
                List.of(new InRange(FAILURES, 3, MAX), new InRange(FAILURES, MIN, 10)),
                UserFilterSyntax.parse("failure_count:>=3 AND failure_count:<=10", NOW));
    }

    @Test
    void upToTwentyClausesAreRead() {
        String twenty =
                IntStream.range(0, 20).mapToObj(i -> "failure_count:" + i).collect(Collectors.joining(" AND "));

        assertEquals(20, UserFilterSyntax.parse(twenty, NOW).size());
    }

    @Test
    void aFilterOf1024CharactersIsRead() {
        String prefix = "user_id:";
        String filter = prefix + "a".repeat(UserFilterSyntax.MAX_LENGTH - prefix.length());

        assertEquals(List.of(new TextEquals(UserField.USER_ID, "a".repeat(1016))), UserFilterSyntax.parse(filter, NOW));
    }

    static Stream<Arguments> numbersAndComparisons() {
        return Stream.of(
                Arguments.of("failure_count:5", new InRange(FAILURES, 5, 5)),
                Arguments.of("failure_count:0", new InRange(FAILURES, 0, 0)),
                Arguments.of("failure_count:007", new InRange(FAILURES, 7, 7)),
                Arguments.of("failure_count:-3", new InRange(FAILURES, -3, -3)),
                Arguments.of("failure_count:>5", new InRange(FAILURES, 6, MAX)),
                Arguments.of("failure_count:>=5", new InRange(FAILURES, 5, MAX)),
                Arguments.of("failure_count:<5", new InRange(FAILURES, MIN, 4)),
                Arguments.of("failure_count:<=5", new InRange(FAILURES, MIN, 5)),
                Arguments.of("failure_count:>-1", new InRange(FAILURES, 0, MAX)),
                Arguments.of("sign_in_attempts_count:>=100", new InRange(UserField.SIGN_IN_ATTEMPTS_COUNT, 100, MAX)),
                Arguments.of("sign_in_success_count:0", new InRange(UserField.SIGN_IN_SUCCESS_COUNT, 0, 0)),
                Arguments.of("creation_time:1700000000", new InRange(CREATED, 1_700_000_000L, 1_700_000_000L)),
                Arguments.of(
                        "failure_count:999999999999999",
                        new InRange(FAILURES, 999_999_999_999_999L, 999_999_999_999_999L)),
                Arguments.of("failure_count:>999999999999999", new InRange(FAILURES, 1_000_000_000_000_000L, MAX)),
                Arguments.of("failure_count:<-999999999999999", new InRange(FAILURES, MIN, -1_000_000_000_000_000L)));
    }

    @ParameterizedTest
    @MethodSource("numbersAndComparisons")
    void countsAndTimesTakeAnExactNumberOrAComparison(String filter, UserCondition expected) {
        assertEquals(List.of(expected), UserFilterSyntax.parse(filter, NOW));
    }

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of("failure_count:[3 TO 10]", new InRange(FAILURES, 3, 10)),
                Arguments.of("failure_count:{3 TO 10}", new InRange(FAILURES, 4, 9)),
                Arguments.of("failure_count:[3 TO 10}", new InRange(FAILURES, 3, 9)),
                Arguments.of("failure_count:{3 TO 10]", new InRange(FAILURES, 4, 10)),
                Arguments.of("failure_count:{3 TO *}", new InRange(FAILURES, 4, MAX)),
                Arguments.of("failure_count:[5 TO *]", new InRange(FAILURES, 5, MAX)),
                Arguments.of("failure_count:[* TO 5]", new InRange(FAILURES, MIN, 5)),
                Arguments.of("failure_count:{* TO 5}", new InRange(FAILURES, MIN, 4)),
                Arguments.of("failure_count:[* TO *]", new InRange(FAILURES, MIN, MAX)),
                Arguments.of("failure_count:[-5 TO -1]", new InRange(FAILURES, -5, -1)),
                Arguments.of("failure_count:[ 3 TO 10 ]", new InRange(FAILURES, 3, 10)),
                Arguments.of("failure_count:[3\tTO\t10]", new InRange(FAILURES, 3, 10)),
                Arguments.of(
                        "creation_time:[1700000000 TO 1800000000}",
                        new InRange(CREATED, 1_700_000_000L, 1_799_999_999L)),
                Arguments.of(
                        "failure_count:{-999999999999999 TO 999999999999999}",
                        new InRange(FAILURES, -999_999_999_999_998L, 999_999_999_999_998L)),
                Arguments.of("last_activity:{now-1d TO now]", new InRange(UserField.LAST_ACTIVITY, NOW - 86_399, NOW)));
    }

    @ParameterizedTest
    @MethodSource("ranges")
    void rangesIncludeSquareBracketEndsAndExcludeBraceEnds(String filter, UserCondition expected) {
        assertEquals(List.of(expected), UserFilterSyntax.parse(filter, NOW));
    }

    @Test
    void aRangeFromHighToLowIsReadAndMatchesNothing() {
        InRange range =
                (InRange) UserFilterSyntax.parse("failure_count:[5 TO 3]", NOW).get(0);

        assertTrue(range.isEmpty());
    }

    static Stream<Arguments> dateMath() {
        return Stream.of(
                Arguments.of("block_until:now", new InRange(BLOCK_UNTIL, NOW, NOW)),
                Arguments.of("last_updated:>=now-45s", new InRange(UserField.LAST_UPDATED, NOW - 45, MAX)),
                Arguments.of("last_updated:>=now-30m", new InRange(UserField.LAST_UPDATED, NOW - 30 * 60, MAX)),
                Arguments.of(
                        "last_sign_in_success:<now-2h", new InRange(UserField.LAST_SIGN_IN_SUCCESS, MIN, NOW - 7201)),
                Arguments.of("block_until:>now+7d", new InRange(BLOCK_UNTIL, NOW + 7 * 86_400 + 1, MAX)),
                Arguments.of("block_until:[now TO now+1h]", new InRange(BLOCK_UNTIL, NOW, NOW + 3600)),
                Arguments.of(
                        "block_until:<now-999999999d", new InRange(BLOCK_UNTIL, MIN, NOW - 999_999_999L * 86_400 - 1)));
    }

    @ParameterizedTest
    @MethodSource("dateMath")
    void timesTakeNowAndDateMathInSecondsMinutesHoursAndDays(String filter, UserCondition expected) {
        assertEquals(List.of(expected), UserFilterSyntax.parse(filter, NOW));
    }

    @Test
    void disabledTakesTrueOrFalse() {
        assertEquals(List.of(new FlagEquals(UserField.DISABLED, true)), UserFilterSyntax.parse("disabled:true", NOW));
        assertEquals(List.of(new FlagEquals(UserField.DISABLED, false)), UserFilterSyntax.parse("disabled:false", NOW));
    }

    @Test
    void anAddressIsComparedWithoutRegardToCase() {
        assertEquals(
                List.of(new TextEquals(UserField.EMAIL, "alice@example.com")),
                UserFilterSyntax.parse("email:Alice@Example.com", NOW));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "user_id:google-oauth2|104729834527",
                "user_id:google-oauth2\\|104729834527",
                "user_id:\"google-oauth2|104729834527\"",
                "user_id:\"google-oauth2\\|104729834527\""
            })
    void aUserIdIsTheSameBareEscapedOrQuoted(String filter) {
        assertEquals(
                List.of(new TextEquals(UserField.USER_ID, "google-oauth2|104729834527")),
                UserFilterSyntax.parse(filter, NOW));
    }

    @Test
    void theCharactersOfIdsAndAddressesNeedNoEscapeInABareTerm() {
        assertEquals(
                List.of(new TextEquals(UserField.USER_ID, "auth0|a-b+c@d.e:f!g&h/i=j,k>l")),
                UserFilterSyntax.parse("user_id:auth0|a-b+c@d.e:f!g&h/i=j,k>l", NOW));
    }

    @Test
    void aBackslashEscapesEachOfLucenesSpecialCharacters() {
        String escaped =
                FilterScanner.ESCAPABLE.chars().mapToObj(c -> "\\" + (char) c).collect(Collectors.joining());

        assertEquals(
                List.of(new TextEquals(UserField.USER_ID, FilterScanner.ESCAPABLE)),
                UserFilterSyntax.parse("user_id:" + escaped, NOW));
        assertEquals(
                List.of(new TextEquals(UserField.USER_ID, FilterScanner.ESCAPABLE)),
                UserFilterSyntax.parse("user_id:\"" + escaped + "\"", NOW));
    }

    @Test
    void aQuotedValueKeepsSpacesAndSpecialCharacters() {
        assertEquals(
                List.of(new TextEquals(UserField.USER_ID, "a \"b\" \\ c*(d) AND e")),
                UserFilterSyntax.parse("user_id:\"a \\\"b\\\" \\\\ c*(d) AND e\"", NOW));
    }

    @Test
    void aQuotedValueMayHaveCharactersOutsideAscii() {
        assertEquals(
                List.of(new TextEquals(UserField.USER_ID, "J\u00f6rg-\u4e2d\ud83d\ude00")),
                UserFilterSyntax.parse("user_id:\"J\u00f6rg-\u4e2d\ud83d\ude00\"", NOW));
    }

    @Test
    void aQuotedValueIsFollowedBySpaceBeforeAnd() {
        assertEquals(
                List.of(new TextEquals(UserField.USER_ID, "a"), new TextEquals(UserField.EMAIL, "b@c.d")),
                UserFilterSyntax.parse("user_id:\"a\" AND email:\"b@c.d\"", NOW));
    }

    // ---- what is refused

    static Stream<Arguments> rejections() {
        return Stream.of(
                // combining clauses
                Arguments.of(
                        "failure_count:1 disabled:true",
                        "join clauses with AND; OR and implicit OR are not supported; found \"disabled:true\""),
                Arguments.of("user_id:\"a\"email:b", "join clauses with AND; OR and implicit OR are not supported"),
                Arguments.of("failure_count:[1 TO 2]disabled:true", "join clauses with AND"),
                Arguments.of("user_id:\"a\"AND email:b", "put a space between a value and the AND"),
                Arguments.of("failure_count:1 OR failure_count:2", "OR (also written ||) is not supported"),
                Arguments.of("failure_count:1 || failure_count:2", "OR (also written ||) is not supported"),
                Arguments.of("failure_count:1 AND OR failure_count:2", "OR (also written ||) is not supported"),
                Arguments.of("NOT disabled:true", "NOT (also written !) is not supported"),
                Arguments.of("failure_count:1 AND NOT disabled:true", "NOT (also written !) is not supported"),
                Arguments.of("failure_count:1 NOT disabled:true", "NOT (also written !) is not supported"),
                Arguments.of(
                        "!disabled:true",
                        "NOT (also written !) is not supported; write the opposite condition instead, as in disabled:false; found \"!disabled:true\""),
                Arguments.of("+disabled:true", "the + prefix (must match) is not supported"),
                Arguments.of("failure_count:1 AND -disabled:true", "the - prefix (must not match) is not supported"),
                Arguments.of("-disabled:true", "the - prefix (must not match) is not supported"),
                Arguments.of("(disabled:true)", "parentheses are not supported; join clauses with AND"),
                Arguments.of("disabled:true AND (failure_count:1 OR failure_count:2)", "parentheses are not supported"),
                Arguments.of("disabled:true (failure_count:1)", "parentheses are not supported"),
                Arguments.of("failure_count:(1)", "parentheses are not supported"),
                Arguments.of("user_id:(abc)", "parentheses are not supported"),
                Arguments.of("AND disabled:true", "the filter starts with AND"),
                Arguments.of("&& disabled:true", "the filter starts with &&"),
                Arguments.of("disabled:true AND", "the filter ends with AND"),
                Arguments.of("disabled:true && \t", "the filter ends with &&"),
                Arguments.of("disabled:true AND AND failure_count:1", "two ANDs in a row"),
                Arguments.of(
                        "disabled:true and failure_count:1", "operators are written in upper case: AND, not \"and\""),
                Arguments.of(
                        "failure_count:1 AND failure_count:2 AND failure_count:3 AND failure_count:4 AND"
                                + " failure_count:5 AND failure_count:6 AND failure_count:7 AND failure_count:8 AND"
                                + " failure_count:9 AND failure_count:10 AND failure_count:11 AND failure_count:12 AND"
                                + " failure_count:13 AND failure_count:14 AND failure_count:15 AND failure_count:16 AND"
                                + " failure_count:17 AND failure_count:18 AND failure_count:19 AND failure_count:20 AND"
                                + " failure_count:21",
                        "at most 20 clauses; the next one is \"failure_count:21\""),
                // fields and the colon
                Arguments.of("alice", "every clause names a field, as in failure_count:>=5; found \"alice\""),
                Arguments.of("\"alice smith\"", "every clause names a field, as in failure_count:>=5"),
                Arguments.of("disabled:true AND alice", "every clause names a field"),
                Arguments.of(":alice", "every clause names a field"),
                Arguments.of(
                        "name:bob",
                        "unknown field \"name\"; the filterable fields are user_id, email, disabled, failure_count,"
                                + " sign_in_attempts_count, sign_in_success_count, block_until, last_sign_in_attempt,"
                                + " last_sign_in_success, last_activity, creation_time, last_updated"),
                Arguments.of("Failure_Count:1", "unknown field \"Failure_Count\""),
                Arguments.of(
                        "user_id: abc",
                        "no space is allowed after the colon; write the value right after it, as"
                                + " in \"user_id:abc\""),
                Arguments.of("user_id :abc", "no space is allowed before the colon"),
                Arguments.of("user_id:", "\"user_id:\" has no value"),
                Arguments.of("user_id: AND disabled:true", "\"user_id:\" has no value"),
                Arguments.of("failure_count:", "\"failure_count:\" has no value"),
                // text values
                Arguments.of("user_id:\"\"", "user_id has an empty value"),
                Arguments.of("user_id:abc*", "wildcards (* and ?) are not supported"),
                Arguments.of(
                        "email:*@example.com", "wildcards (* and ?) are not supported; escape them as \\* and \\?"),
                Arguments.of("user_id:a?c", "to match them as they are; found \"a?c\""),
                Arguments.of("user_id:abc~", "fuzzy and proximity searches (~) are not supported"),
                Arguments.of("user_id:\"abc def\"~2", "fuzzy and proximity searches (~) are not supported"),
                Arguments.of("user_id:abc^2", "boosts (^) are not supported"),
                Arguments.of("user_id:\"abc\"^2", "boosts (^) are not supported"),
                Arguments.of("user_id:[a TO b]", "user_id takes an exact value"),
                Arguments.of("email:{a TO b}", "email takes an exact value"),
                Arguments.of("user_id:>abc", "user_id takes an exact value"),
                Arguments.of("user_id:<=abc", "user_id takes an exact value"),
                Arguments.of("user_id:/ab.c/", "regular expressions are not supported"),
                Arguments.of("user_id:a\\nb", "\"\\n\" is not an escape; a backslash escapes only one of + - & | !"),
                Arguments.of("user_id:\"a\\nb\"", "\"\\n\" is not an escape"),
                Arguments.of("user_id:abc\\", "a backslash at the end escapes nothing"),
                Arguments.of("user_id:ab\"c", "a quote inside a value must be escaped as \\\""),
                Arguments.of("user_id:a[b", "brackets and braces inside a value must be escaped with a backslash"),
                Arguments.of("user_id:a}b", "brackets and braces inside a value must be escaped with a backslash"),
                Arguments.of("user_id:\"abc", "the quoted value \"\"abc\" has no closing quote"),
                Arguments.of("user_id:\"abc\\\"", "has no closing quote"),
                Arguments.of("user_id:\"a\tb\"", "a quoted value must not contain a tab"),
                Arguments.of("email:j\u00f6rg@example.com", "put a value with characters outside ASCII in quotes"),
                // flags
                Arguments.of("disabled:yes", "disabled takes true or false; found \"yes\""),
                Arguments.of("disabled:TRUE", "disabled takes true or false"),
                Arguments.of("disabled:1", "disabled takes true or false"),
                Arguments.of("disabled:\"true\"", "disabled takes true or false"),
                Arguments.of("disabled:[false TO true]", "disabled takes true or false"),
                // numbers
                Arguments.of("failure_count:abc", "\"abc\" is not a whole number (at most 15 digits"),
                Arguments.of("failure_count:1.5", "\"1.5\" is not a whole number"),
                Arguments.of("failure_count:1e3", "\"1e3\" is not a whole number"),
                Arguments.of("failure_count:+5", "\"+5\" is not a whole number"),
                Arguments.of("failure_count:1000000000000000", "\"1000000000000000\" is not a whole number"),
                Arguments.of("failure_count:\u0663", "is not a whole number"),
                Arguments.of("failure_count:>=1.5", "\"1.5\" is not a whole number"),
                Arguments.of("failure_count:[1 TO x]", "\"x\" is not a whole number"),
                Arguments.of("creation_time:yesterday", "\"yesterday\" is not a whole number of epoch seconds"),
                Arguments.of(
                        "failure_count:*",
                        "wildcards (* and ?) are not supported; for any value of failure_count"
                                + " write failure_count:[* TO *]"),
                Arguments.of("failure_count:>*", "wildcards (* and ?) are not supported"),
                Arguments.of(
                        "failure_count:5*",
                        "is not a whole number (at most 15 digits, as in failure_count:5);"
                                + " wildcards (* and ?) are not supported"),
                Arguments.of("failure_count:5~", "fuzzy searches (~) are not supported"),
                Arguments.of("failure_count:5^2", "boosts (^) are not supported"),
                Arguments.of("failure_count:[1 TO 2]^3", "boosts (^) are not supported"),
                Arguments.of("failure_count:[1 TO 2]~3", "fuzzy and proximity searches (~) are not supported"),
                Arguments.of(
                        "failure_count:now",
                        "now and date math apply to time fields only; failure_count takes a" + " whole number"),
                Arguments.of("failure_count:>now-1h", "now and date math apply to time fields only"),
                Arguments.of("failure_count:>", "a value must follow > directly, as in failure_count:>5"),
                Arguments.of("failure_count:>= 5", "a value must follow >= directly"),
                Arguments.of("failure_count:>=", "a value must follow >= directly"),
                // date math
                Arguments.of(
                        "block_until:>now-1w", "unit s, m, h or d (seconds, minutes, hours, days); found \"now-1w\""),
                Arguments.of("block_until:>now-1M", "unit s, m, h or d"),
                Arguments.of("block_until:>now-1y", "unit s, m, h or d"),
                Arguments.of("block_until:>now-1H", "unit s, m, h or d"),
                Arguments.of("block_until:>now/d", "unit s, m, h or d"),
                Arguments.of("block_until:>now-1h/d", "unit s, m, h or d"),
                Arguments.of("block_until:>now-h", "unit s, m, h or d"),
                Arguments.of("block_until:>now-1", "unit s, m, h or d"),
                Arguments.of("block_until:>now-1234567890s", "with N of at most 9 digits"),
                Arguments.of("block_until:>NOW", "is not a whole number of epoch seconds (at most 15 digits), now, or"),
                // ranges
                Arguments.of("failure_count:[3 to 10]", "write TO in upper case in a range"),
                Arguments.of(
                        "failure_count:[3 TO]",
                        "a range is written [low TO high], with [ ] to include an end,"
                                + " { } to exclude it and * for an open end, as in failure_count:[5 TO *]"),
                Arguments.of("failure_count:[3 10]", "a range is written [low TO high]"),
                Arguments.of("failure_count:[3TO 10]", "a range is written [low TO high]"),
                Arguments.of("failure_count:[3 TO10]", "a range is written [low TO high]"),
                Arguments.of("failure_count:[TO 10]", "a range is written [low TO high]"),
                Arguments.of("failure_count:[]", "a range is written [low TO high]"),
                Arguments.of("failure_count:[3 TO 10", "the range does not end with ] or }"),
                Arguments.of("failure_count:[3 TO 10 20]", "the range does not end with ] or }"),
                Arguments.of("failure_count:[3 TO 10] failure_count:4", "join clauses with AND"),
                // limits and characters
                Arguments.of(
                        "user_id:" + "a".repeat(UserFilterSyntax.MAX_LENGTH - 7),
                        "the filter has 1025 characters; at most 1024 are allowed"),
                Arguments.of("disabled:true\nAND failure_count:1", "the filter contains a control character"),
                Arguments.of("\n", "the filter contains a control character"),
                Arguments.of(
                        "user_id:\"a\u0000b\"",
                        "the filter contains a control character (shown as ?) in" + " \"user_id:\"a?b\"\""),
                Arguments.of("user_id:a\u007fb", "the filter contains a control character"),
                Arguments.of("user_id:a\u009bb", "the filter contains a control character"));
    }

    /** Each refusal also shows that the message is plain text for the caller (see rejection). */
    @ParameterizedTest
    @MethodSource("rejections")
    void whatIsOutsideTheSubsetIsRefusedWithAMessageSayingWhy(String filter, String expectedMessagePart) {
        String message = rejection(filter);

        assertTrue(
                message.contains(expectedMessagePart),
                () -> "expected the message for " + filter + " to contain: " + expectedMessagePart + "\n but was: "
                        + message);
    }

    @Test
    void aMessageQuotesAtMost40CharactersOfTheFilter() {
        String longTerm = "x".repeat(200) + "*";

        String message = rejection("user_id:" + longTerm);

        assertTrue(message.endsWith("found \"" + "x".repeat(37) + "...\""), message);
    }

    @Test
    void aMessageNeverRepeatsControlOrInvisibleCharacters() {
        assertEquals("\"a?b?c?d?e\"", InvalidQueryException.quote("a\u0001b\tc\u007fd\u202ee"));
        assertEquals("\"line?break\"", InvalidQueryException.quote("line\u2028break"));
        assertEquals("\"lone?half\"", InvalidQueryException.quote("lone\ud800half"));
    }

    @Test
    void quotingNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\ud83d\ude00";
        String text = "x".repeat(36) + emoji + "tail";

        assertEquals("\"" + "x".repeat(36) + "...\"", InvalidQueryException.quote(text));
        assertEquals("\"" + "x".repeat(35) + emoji + "...\"", InvalidQueryException.quote(text.substring(1) + "!"));
    }

    @Test
    void aRefusalIsOfTheFilterParameter() {
        InvalidQueryException refused =
                assertThrows(InvalidQueryException.class, () -> UserFilterSyntax.parse("nonsense", NOW));

        assertEquals("filter", refused.parameter());
    }

    private static String rejection(String filter) {
        InvalidQueryException refused =
                assertThrows(InvalidQueryException.class, () -> UserFilterSyntax.parse(filter, NOW), filter);
        assertEquals("filter", refused.parameter());
        String message = refused.getMessage();
        assertTrue(message.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)), message);
        assertFalse(
                message.contains("Exception") || message.contains("java.") || message.contains("dev.usersapi"),
                message);
        return message;
    }
}
