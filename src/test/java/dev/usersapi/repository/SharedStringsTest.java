package dev.usersapi.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SharedStringsTest {

    @Test
    void equalValuesShareOneInstance() {
        SharedStrings shared = new SharedStrings();
        String first = shared.of(new String("curl/8.5.0"));

        assertSame(first, shared.of(new String("curl/8.5.0")));
        assertNull(shared.of(null));
    }

    @Test
    void pastTheBoundValuesAreKeptAsTheyAre() {
        SharedStrings shared = new SharedStrings();
        for (int i = 0; i < SharedStrings.MAX_VALUES; i++) {
            shared.of("agent-" + i);
        }
        String late = new String("agent-late");

        assertSame(late, shared.of(late));
        assertEquals("agent-7", shared.of(new String("agent-7")));
        assertSame(shared.of("agent-7"), shared.of(new String("agent-7")));
    }
}
