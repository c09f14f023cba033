package dev.usersapi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.AuditCode;
import dev.usersapi.domain.logs.LogCondition;
import dev.usersapi.domain.logs.LogCondition.CodeIs;
import dev.usersapi.domain.logs.LogCondition.TimeInRange;
import dev.usersapi.domain.logs.LogCondition.UserIs;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The log's filter: the users' grammar over user_id, code and time_stamp. */
class LogFilterSyntaxTest {

    private static final long NOW = 1_760_000_000L;
    private static final long MIN = Long.MIN_VALUE;
    private static final long MAX = Long.MAX_VALUE;

    private static final String KNOWN_CODES = "user_account_blocked, user_account_unblocked,"
            + " user_account_ip_blocked, user_account_ip_unblocked, user_account_all_unblocked,"
            + " user_account_all_ip_blocks_removed";

    // ---- what is read

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " \t  "})
    void noFilterIsNoCondition(String blank) {
        assertEquals(List.of(), LogFilterSyntax.parse(blank, NOW));
        assertEquals(List.of(), LogFilterSyntax.parse(null, NOW));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "user_id:google-oauth2|104729834527",
                "user_id:google-oauth2\\|104729834527",
                "user_id:\"google-oauth2|104729834527\""
            })
    void aUserIdIsTheSameBareEscapedOrQuoted(String filter) {
        assertEquals(List.of(new UserIs("google-oauth2|104729834527")), LogFilterSyntax.parse(filter, NOW));
    }

    @Test
    void aUserIdIsMatchedExactlyWithItsCase() {
        assertEquals(
                List.of(new UserIs("UOtBaOybB6dTpIJNrnkRw")),
                LogFilterSyntax.parse("user_id:UOtBaOybB6dTpIJNrnkRw", NOW));
    }

    @ParameterizedTest
    @EnumSource(AuditCode.class)
    void everyCodeOfTheLogIsReadBareOrQuoted(AuditCode code) {
        assertEquals(List.of(new CodeIs(code.code())), LogFilterSyntax.parse("code:" + code.code(), NOW));
        assertEquals(List.of(new CodeIs(code.code())), LogFilterSyntax.parse("code:\"" + code.code() + "\"", NOW));
    }

    static Stream<Arguments> times() {
        return Stream.of(
                Arguments.of("time_stamp:1700000000", new TimeInRange(1_700_000_000L, 1_700_000_000L)),
                Arguments.of("time_stamp:>1700000000", new TimeInRange(1_700_000_001L, MAX)),
                Arguments.of("time_stamp:>=1700000000", new TimeInRange(1_700_000_000L, MAX)),
                Arguments.of("time_stamp:<1700000000", new TimeInRange(MIN, 1_699_999_999L)),
                Arguments.of("time_stamp:<=1700000000", new TimeInRange(MIN, 1_700_000_000L)),
                Arguments.of("time_stamp:[1700000000 TO 1800000000]", new TimeInRange(1_700_000_000L, 1_800_000_000L)),
                Arguments.of("time_stamp:{1700000000 TO 1800000000}", new TimeInRange(1_700_000_001L, 1_799_999_999L)),
                Arguments.of("time_stamp:[1700000000 TO *]", new TimeInRange(1_700_000_000L, MAX)),
                Arguments.of("time_stamp:{* TO 1700000000}", new TimeInRange(MIN, 1_699_999_999L)),
                Arguments.of("time_stamp:[* TO *]", new TimeInRange(MIN, MAX)),
                Arguments.of("time_stamp:now", new TimeInRange(NOW, NOW)),
                Arguments.of("time_stamp:>=now-1h", new TimeInRange(NOW - 3600, MAX)),
                Arguments.of("time_stamp:>=now-1d", new TimeInRange(NOW - 86_400, MAX)),
                Arguments.of("time_stamp:<now-30m", new TimeInRange(MIN, NOW - 1801)),
                Arguments.of("time_stamp:[now-45s TO now]", new TimeInRange(NOW - 45, NOW)),
                Arguments.of("time_stamp:{now-1d TO now+1h}", new TimeInRange(NOW - 86_399, NOW + 3599)));
    }

    @ParameterizedTest
    @MethodSource("times")
    void aTimeStampTakesNumbersComparisonsRangesAndDateMath(String filter, LogCondition expected) {
        assertEquals(List.of(expected), LogFilterSyntax.parse(filter, NOW));
    }

    @Test
    void clausesJoinedByAndAllHoldInTheirOrder() {
        assertEquals(
                List.of(
                        new CodeIs("user_account_unblocked"),
                        new TimeInRange(NOW - 86_400, MAX),
                        new UserIs("auth0|abc")),
                LogFilterSyntax.parse("code:user_account_unblocked AND time_stamp:>=now-1d && user_id:auth0|abc", NOW));
    }

    @Test
    void upToTwentyClausesAreRead() {
        assertEquals(20, LogFilterSyntax.parse(clauses(20), NOW).size());
    }

    @Test
    void aFilterOf1024CharactersIsRead() {
        String prefix = "user_id:";
        String userId = "a".repeat(LogFilterSyntax.MAX_LENGTH - prefix.length());

        assertEquals(List.of(new UserIs(userId)), LogFilterSyntax.parse(prefix + userId, NOW));
    }

    // ---- what is refused

    static Stream<Arguments> rejections() {
        return Stream.of(
                // fields
                Arguments.of(
                        "email:a@b.c", "unknown field \"email\"; the filterable fields are user_id, code, time_stamp"),
                Arguments.of("failure_count:1", "unknown field \"failure_count\"; the filterable fields are"),
                Arguments.of("Code:user_account_blocked", "unknown field \"Code\""),
                Arguments.of("alice", "every clause names a field, as in time_stamp:>=now-1h; found \"alice\""),
                // codes
                Arguments.of("code:user_blocked", "unknown code \"user_blocked\"; the codes are " + KNOWN_CODES),
                Arguments.of("code:USER_ACCOUNT_BLOCKED", "unknown code \"USER_ACCOUNT_BLOCKED\""),
                Arguments.of("code:user_account_*", "wildcards (* and ?) are not supported"),
                Arguments.of("code:[a TO b]", "code takes an exact value"),
                Arguments.of("code:\"\"", "code has an empty value"),
                // user ids
                Arguments.of("user_id:>abc", "user_id takes an exact value"),
                Arguments.of(
                        "user_id:j\u00f6rg",
                        "put a value with characters outside ASCII in quotes, as in user_id:\"...\""),
                // times
                Arguments.of("time_stamp:yesterday", "\"yesterday\" is not a whole number of epoch seconds"),
                Arguments.of("time_stamp:>=yesterday", "as in time_stamp:>=now-1h"),
                Arguments.of("time_stamp:>now-1w", "unit s, m, h or d"),
                Arguments.of("time_stamp:[1 TO]", "as in time_stamp:[5 TO *]"),
                Arguments.of("time_stamp:true", "is not a whole number of epoch seconds"),
                // operators
                Arguments.of(
                        "code:user_account_blocked OR code:user_account_unblocked",
                        "OR (also written ||) is not supported"),
                Arguments.of("user_id:a || user_id:b", "OR (also written ||) is not supported"),
                Arguments.of("user_id:a user_id:b", "join clauses with AND; OR and implicit OR are not supported"),
                Arguments.of(
                        "NOT code:user_account_blocked",
                        "NOT (also written !) is not supported; write the opposite condition instead, as in"
                                + " code:user_account_unblocked; found \"NOT\""),
                Arguments.of("user_id:a AND !code:user_account_blocked", "NOT (also written !) is not supported"),
                Arguments.of(
                        "-time_stamp:>now-1h",
                        "the - prefix (must not match) is not supported; write the opposite condition instead, as in"
                                + " time_stamp:<now-1h"),
                Arguments.of("(user_id:a)", "parentheses are not supported"),
                Arguments.of("user_id:a and code:user_account_blocked", "operators are written in upper case"),
                Arguments.of("user_id:a AND", "the filter ends with AND"),
                // limits and characters
                Arguments.of(clauses(21), "a filter has at most 20 clauses; the next one is \"time_stamp:>=21\""),
                Arguments.of(
                        "user_id:" + "a".repeat(LogFilterSyntax.MAX_LENGTH - 7),
                        "the filter has 1025 characters; at most 1024 are allowed"),
                Arguments.of(
                        "user_id:a\nAND code:user_account_blocked",
                        "the filter contains a control character (shown as ?) in \"user_id:a?AND code:user_accou\""),
                Arguments.of("user_id:\"a\u0000b\"", "the filter contains a control character"));
    }

    @ParameterizedTest
    @MethodSource("rejections")
    void whatIsOutsideTheSubsetOrTheLogIsRefusedWithAMessageSayingWhy(String filter, String expectedMessagePart) {
        InvalidQueryException refused =
                assertThrows(InvalidQueryException.class, () -> LogFilterSyntax.parse(filter, NOW), filter);

        assertEquals("filter", refused.parameter());
        assertTrue(
                refused.getMessage().contains(expectedMessagePart),
                () -> "expected the message for " + filter + " to contain: " + expectedMessagePart + "\n but was: "
                        + refused.getMessage());
    }

    @Test
    void theKnownCodesAreTheAuditCodes() {
        assertEquals(
                KNOWN_CODES, Stream.of(AuditCode.values()).map(AuditCode::code).collect(Collectors.joining(", ")));
    }

    private static String clauses(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "time_stamp:>=" + i)
                .collect(Collectors.joining(" AND "));
    }
}
