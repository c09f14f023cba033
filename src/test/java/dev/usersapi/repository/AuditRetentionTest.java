package dev.usersapi.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.LockoutType;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.ip.IpLockout;
import dev.usersapi.domain.ip.IpLockoutSort;
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

    @Test
    void ipLockoutRecordsIdleForLongerThanTheRetentionAreDeleted() {
        InMemoryUserRepository store = new InMemoryUserRepository();
        UserAccount user = TestUsers.user("idle-addresses").build();
        store.upsertAll(List.of(user));
        long day = Duration.ofDays(1).toSeconds();
        LockoutPolicy byAddress = new LockoutPolicy(3, 15, LockoutType.IP);
        store.recordFailedSignIn(user.userId(), NOW.getEpochSecond() - 31 * day, "203.0.113.31", byAddress);
        store.recordFailedSignIn(user.userId(), NOW.getEpochSecond() - 29 * day, "203.0.113.29", byAddress);

        AuditRetention retention = new AuditRetention(store, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));
        long deleted = retention.deleteIdleIpLockouts();
        retention.close();

        assertEquals(1, deleted);
        assertEquals(
                List.of("203.0.113.29"),
                store.ipLockouts(user.userId(), IpLockoutSort.DEFAULT, 0, 10).orElseThrow().records().stream()
                        .map(IpLockout::ip)
                        .toList());
    }
}
