package dev.usersapi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.listing.UserField;
import dev.usersapi.domain.listing.UserSort;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sort parameter: a sortable field, a colon, and 1 for ascending or -1 for descending. */
class UserSortSyntaxTest {

    private static final String SORTABLE_FIELDS = "failure_count, sign_in_attempts_count, sign_in_success_count,"
            + " block_until, last_sign_in_attempt, last_sign_in_success, last_activity, creation_time, last_updated";

    @Test
    void withoutASortTheNewestUsersComeFirst() {
        assertEquals(UserSort.DEFAULT, UserSortSyntax.parse(null));
    }

    @Test
    void anEmptySortIsNoSort() {
        assertEquals(UserSort.DEFAULT, UserSortSyntax.parse(""));
    }

    @Test
    void oneIsAscendingAndMinusOneDescending() {
        assertEquals(new UserSort(UserField.FAILURE_COUNT, false), UserSortSyntax.parse("failure_count:1"));
        assertEquals(new UserSort(UserField.FAILURE_COUNT, true), UserSortSyntax.parse("failure_count:-1"));
    }

    @ParameterizedTest
    @EnumSource(UserField.class)
    void everySortableFieldSortsBothWays(UserField field) {
        if (field.isSortable()) {
            assertEquals(new UserSort(field, false), UserSortSyntax.parse(field.wireName() + ":1"));
            assertEquals(new UserSort(field, true), UserSortSyntax.parse(field.wireName() + ":-1"));
        } else {
            assertTrue(rejection(field.wireName() + ":1").startsWith(field.wireName() + " is not sortable; found"));
        }
    }

    @Test
    void theMessagesListTheSortableFields() {
        assertEquals(
                SORTABLE_FIELDS,
                String.join(
                        ", ",
                        Arrays.stream(UserField.values())
                                .filter(UserField::isSortable)
                                .map(UserField::wireName)
                                .toList()));
        assertEquals(
                "unknown sort field \"name\"; found \"name:1\". The sortable fields are " + SORTABLE_FIELDS + ".",
                rejection("name:1"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "failure_count                 | sort is written <field>:1 (ascending) or <field>:-1 (descending)",
                "failure_count:                | the direction after the colon is 1 (ascending) or -1 (descending)",
                "failure_count:asc             | the direction after the colon is 1 (ascending) or -1 (descending)",
                "failure_count:desc            | the direction after the colon is 1 (ascending)",
                "failure_count:+1              | the direction after the colon is 1 (ascending)",
                "failure_count:01              | the direction after the colon is 1 (ascending)",
                "failure_count:2               | the direction after the colon is 1 (ascending)",
                "failure_count:0               | the direction after the colon is 1 (ascending)",
                "'failure_count: 1'            | the direction after the colon is 1 (ascending) or -1 (descending); found \"failure_count: 1\"",
                "'failure_count:1 '            | the direction after the colon is 1 (ascending)",
                "' failure_count:1'            | unknown sort field \" failure_count\"",
                "FAILURE_COUNT:1               | unknown sort field \"FAILURE_COUNT\"",
                ":1                            | unknown sort field \"\"",
                "failure_count:1:1             | unknown sort field \"failure_count:1\"",
                "failure_count:1,last_updated:1 | unknown sort field \"failure_count:1,last_updated\"",
                "user_id:1                     | user_id is not sortable; found \"user_id:1\"",
                "email:-1                      | email is not sortable",
                "disabled:1                    | disabled is not sortable"
            })
    void anythingElseIsRefusedWithTheSortableFields(String sort, String expectedMessagePart) {
        String message = rejection(sort);

        assertTrue(message.contains(expectedMessagePart), message);
        assertTrue(message.endsWith(" The sortable fields are " + SORTABLE_FIELDS + "."), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"failure_count:1\n", "failure_count\u0000:1", "\u001b[31mred:1"})
    void aMessageNeverRepeatsControlCharacters(String sort) {
        String message = rejection(sort);

        assertTrue(message.chars().noneMatch(c -> c < 0x20 || c == 0x7f), message);
    }

    @Test
    void aMessageQuotesAtMost40CharactersOfTheSort() {
        String message = rejection("x".repeat(500) + ":1");

        assertTrue(message.contains("unknown sort field \"" + "x".repeat(37) + "...\";"), message);
        assertFalse(message.contains("x".repeat(38)), message);
    }

    private static String rejection(String sort) {
        InvalidQueryException refused = assertThrows(InvalidQueryException.class, () -> UserSortSyntax.parse(sort));
        assertEquals("sort", refused.parameter());
        return refused.getMessage();
    }
}
