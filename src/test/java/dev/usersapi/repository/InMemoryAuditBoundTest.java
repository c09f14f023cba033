package dev.usersapi.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memory store the server runs keeps each user's latest audit events only. */
class InMemoryAuditBoundTest {

    @Test
    void onlyTheLatestEventsOfEachUserAreKept() {
        InMemoryUserRepository repository = new InMemoryUserRepository(3);
        UserAccount user =
                TestUsers.user("bounded").blockedUntil(TestUsers.FAR_FUTURE, 5).build();
        UserAccount other = TestUsers.user("other").build();
        repository.upsertAll(List.of(user, other));

        for (int i = 1; i <= 5; i++) {
            repository.unblock(new UnblockRequest(user.userId(), TestUsers.CREATED + i, "key", "request-" + i));
        }
        repository.unblock(new UnblockRequest(other.userId(), TestUsers.CREATED, "key", "other-1"));

        List<AuditEvent> kept = repository.auditEvents(user.userId());
        assertEquals(
                List.of("request-3", "request-4", "request-5"),
                kept.stream().map(AuditEvent::requestId).toList());
        assertEquals(AuditEvent.Outcome.NOT_BLOCKED, kept.get(0).outcome());
        assertEquals(1, repository.auditEvents(other.userId()).size());
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InMemoryUserRepository(0));
    }
}
