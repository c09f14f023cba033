package dev.usersapi.domain.logs;

import dev.usersapi.domain.AuditEvent;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What a log listing asks a store for: the events meeting every condition, ordered by time (ties
 * by event id, which grows with time) oldest or newest first, skipping {@code offset} of them
 * and returning at most {@code limit}.
 */
public record LogQuery(List<LogCondition> conditions, boolean newestFirst, long offset, int limit) {

    /** The order of events oldest first, as every store orders them. */
    public static final Comparator<AuditEvent> OLDEST_FIRST =
            Comparator.comparingLong(AuditEvent::epochSecond).thenComparing(AuditEvent::eventId, LogQuery::byBytes);

    public LogQuery {
        conditions = List.copyOf(conditions);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
        }
    }

    /** The order this query asks for. */
    public Comparator<AuditEvent> order() {
        return newestFirst ? OLDEST_FIRST.reversed() : OLDEST_FIRST;
    }

    /** Whether some condition can match no event at all, so the store need not look. */
    public boolean matchesNothing() {
        return conditions.stream().anyMatch(c -> c instanceof LogCondition.TimeInRange range && range.isEmpty());
    }

    /**
     * UUIDs as their text and the databases order them: by their bytes, unsigned. ({@link
     * java.util.UUID#compareTo} compares signed halves, which puts ids with the top bit set first.)
     */
    private static int byBytes(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
