package dev.usersapi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(3, 15);

    @Test
    void failuresBelowTheMaximumAreOnlyCounted() {
        Lockout lockout = policy.afterFailure(policy.afterFailure(Lockout.NONE, 100), 101);
        assertEquals(new Lockout(null, 2), lockout);
    }

    @Test
    void reachingTheMaximumBlocksForTheTimeSpan() {
        Lockout lockout = policy.afterFailure(new Lockout(null, 2), 1_000);
        assertEquals(new Lockout(1_000 + 15 * 60L, 3), lockout);
        assertTrue(lockout.isBlockedAt(1_000 + 15 * 60L - 1));
        assertFalse(lockout.isBlockedAt(1_000 + 15 * 60L));
    }

    @Test
    void failuresDuringABlockAreCountedButDoNotExtendIt() {
        Lockout blocked = new Lockout(2_000L, 3);
        assertEquals(new Lockout(2_000L, 4), policy.afterFailure(blocked, 1_500));
    }

    @Test
    void theNextFailureAfterABlockExpiresBlocksAgain() {
        Lockout expired = new Lockout(2_000L, 3);
        assertEquals(new Lockout(2_500 + 15 * 60L, 4), policy.afterFailure(expired, 2_500));
    }

    @Test
    void aSuccessClearsFailuresAndAnExpiredBlock() {
        assertEquals(Lockout.NONE, LockoutPolicy.afterSuccess(new Lockout(null, 2), 100));
        assertEquals(Lockout.NONE, LockoutPolicy.afterSuccess(new Lockout(50L, 3), 100));
        assertEquals(new Lockout(500L, 3), LockoutPolicy.afterSuccess(new Lockout(500L, 3), 100));
    }
}
