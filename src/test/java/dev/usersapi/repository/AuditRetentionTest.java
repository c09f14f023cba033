package dev.usersapi.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.support.TestUsers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    private static final Instant NOW = Instant.parse("2030-01-31T12:00:00Z");

    @Test
    void eventsOlderThanTheRetentionAreDeletedAndNewerOnesKept() {
        InMemoryUserRepository store = new InMemoryUserRepository();
        UserAccount user = TestUsers.user("kept-and-deleted").build();
        store.upsertAll(List.of(user));
        String userId = user.userId();
        long day = Duration.ofDays(1).toSeconds();
        for (int daysAgo : new int[] {40, 31, 29, 1}) {
            store.unblock(
                    new UnblockRequest(userId, NOW.getEpochSecond() - daysAgo * day, "key", daysAgo + "-days-ago"));
        }

        AuditRetention retention = new AuditRetention(store, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));
        long deleted = retention.deleteExpired();
        retention.close();

        assertEquals(2, deleted);
        assertEquals(
                List.of("29-days-ago", "1-days-ago"),
                store.auditEvents(userId).stream().map(AuditEvent::requestId).toList());
    }
}
