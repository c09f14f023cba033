package dev.usersapi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.ip.IpLockoutSort;
import dev.usersapi.domain.ip.IpLockoutSort.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The sort of a user's IP lockouts: a field, a colon, and 1 for ascending or -1 for descending. */
class IpLockoutSortSyntaxTest {

    private static final String SORTABLE_FIELDS = "block_until, last_sign_in_attempt, last_sign_in_success";

    @Test
    void withoutASortTheLatestAttemptComesFirst() {
        assertEquals(new IpLockoutSort(Field.LAST_SIGN_IN_ATTEMPT, true), IpLockoutSortSyntax.parse(null));
        assertEquals(IpLockoutSort.DEFAULT, IpLockoutSortSyntax.parse(""));
    }

    @Test
    void oneIsAscendingAndMinusOneDescending() {
        assertEquals(new IpLockoutSort(Field.BLOCK_UNTIL, false), IpLockoutSortSyntax.parse("block_until:1"));
        assertEquals(new IpLockoutSort(Field.BLOCK_UNTIL, true), IpLockoutSortSyntax.parse("block_until:-1"));
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void everyFieldSortsBothWays(Field field) {
        assertEquals(new IpLockoutSort(field, false), IpLockoutSortSyntax.parse(field.wireName() + ":1"));
        assertEquals(new IpLockoutSort(field, true), IpLockoutSortSyntax.parse(field.wireName() + ":-1"));
    }

    @Test
    void aMessageListsTheSortableFields() {
        assertEquals(
                "unknown sort field \"ip\"; found \"ip:1\". The sortable fields are " + SORTABLE_FIELDS + ".",
                rejection("ip:1"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "block_until                | sort is written <field>:1 (ascending) or <field>:-1 (descending); found \"block_until\"",
                "block_until:               | the direction after the colon is 1 (ascending) or -1 (descending)",
                "block_until:asc            | the direction after the colon is 1 (ascending) or -1 (descending)",
                "'block_until: 1'           | the direction after the colon is 1",
                "BLOCK_UNTIL:1              | unknown sort field \"BLOCK_UNTIL\"",
                "last_activity:-1           | unknown sort field \"last_activity\"",
                "failure_count:1            | unknown sort field \"failure_count\"",
                "block_until:1:1            | unknown sort field \"block_until:1\"",
                ":-1                        | unknown sort field \"\""
            })
    void anythingElseIsRefusedWithTheSortableFields(String sort, String expectedMessagePart) {
        String message = rejection(sort);

        assertTrue(message.contains(expectedMessagePart), message);
        assertTrue(message.endsWith(" The sortable fields are " + SORTABLE_FIELDS + "."), message);
    }

    private static String rejection(String sort) {
        InvalidQueryException refused =
                assertThrows(InvalidQueryException.class, () -> IpLockoutSortSyntax.parse(sort));
        assertEquals("sort", refused.parameter());
        return refused.getMessage();
    }
}
