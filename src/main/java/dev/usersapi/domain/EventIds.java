package dev.usersapi.domain;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of audit events: UUID version 7 (RFC 9562), the time in milliseconds followed by 74 random
 * bits. Events made later sort later, so a database index on the id grows at its end instead of
 * being written all over; and unlike {@link UUID#randomUUID()}, whose secure random source takes a
 * lock and a system call, making one costs next to nothing. The ids need to be unique, not secret.
 */
public final class EventIds {

    private EventIds() {}

    public static UUID next() {
        return at(System.currentTimeMillis(), ThreadLocalRandom.current());
    }

    static UUID at(long epochMillis, ThreadLocalRandom random) {
        long randomA = random.nextLong();
        long randomB = random.nextLong();
        // 48 bits of time, the version (7), then 12 random bits.
        long high = (epochMillis << 16) | 0x7000L | (randomA & 0x0FFFL);
        // The variant (binary 10), then 62 random bits.
        long low = (randomB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
