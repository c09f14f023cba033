package dev.usersapi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void anIdIsAVersion7UuidCarryingItsMillisecond() {
        long now = 1_765_000_000_123L;
        UUID id = EventIds.at(now, ThreadLocalRandom.current());

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(now, id.getMostSignificantBits() >>> 16);
    }

    @Test
    void laterIdsSortLaterAndIdsAreUnique() {
        UUID earlier = EventIds.at(1_000L, ThreadLocalRandom.current());
        UUID later = EventIds.at(1_001L, ThreadLocalRandom.current());
        assertTrue(earlier.toString().compareTo(later.toString()) < 0);

        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(EventIds.next());
        }
        assertEquals(100_000, ids.size());
    }
}
