package dev.usersapi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The log's sort: time_stamp, newest first unless asked otherwise. */
class LogSortSyntaxTest {

    private static final String ACCEPTED =
            " The log is sorted by time_stamp only: time_stamp:-1 for newest first (the default) or time_stamp:1 for"
                    + " oldest first.";

    @Test
    void withoutASortTheNewestEntriesComeFirst() {
        assertTrue(LogSortSyntax.parse(null));
        assertTrue(LogSortSyntax.parse(""));
    }

    @Test
    void minusOneIsNewestFirstAndOneOldestFirst() {
        assertTrue(LogSortSyntax.parse("time_stamp:-1"));
        assertFalse(LogSortSyntax.parse("time_stamp:1"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "time_stamp             | sort is written <field>:1 (ascending) or <field>:-1 (descending); found \"time_stamp\"",
                "time_stamp:            | the direction after the colon is 1 (ascending) or -1 (descending); found \"time_stamp:\"",
                "time_stamp:desc        | the direction after the colon is 1 (ascending) or -1 (descending)",
                "time_stamp:0           | the direction after the colon is 1",
                "'time_stamp:-1 '       | the direction after the colon is 1",
                "timestamp:-1           | unknown sort field \"timestamp\"; found \"timestamp:-1\"",
                "TIME_STAMP:1           | unknown sort field \"TIME_STAMP\"",
                "user_id:1              | unknown sort field \"user_id\"",
                "code:desc              | unknown sort field \"code\"",
                ":1                     | unknown sort field \"\""
            })
    void anythingElseIsRefusedNamingTheAcceptedValues(String sort, String expectedMessagePart) {
        InvalidQueryException refused = assertThrows(InvalidQueryException.class, () -> LogSortSyntax.parse(sort));

        assertEquals("sort", refused.parameter());
        assertTrue(refused.getMessage().contains(expectedMessagePart), refused.getMessage());
        assertTrue(refused.getMessage().endsWith(ACCEPTED), refused.getMessage());
    }
}
