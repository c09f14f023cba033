package dev.usersapi.repository;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Where user accounts live. Every method is atomic on its own: a caller never sees a partly
 * applied change, and concurrent calls on the same user behave as if they ran one after another,
 * so none of their changes is lost. Implementations are safe for use by many threads. A method
 * that returns normally has made its change durable as far as the implementation can.
 */
public interface UserRepository extends AutoCloseable {

    /** The account with this id, if there is one. */
    Optional<UserAccount> find(String userId);

    /**
     * Resets the user's lockout ({@code block_until} to none, {@code failure_count} to 0), moves
     * {@code last_updated} to the request's time only if that changed anything, and records one
     * {@link AuditEvent}: all in one atomic step.
     *
     * @return what the unblock did, or empty (and no event) when no user has this id
     */
    Optional<UnblockOutcome> unblock(UnblockRequest request);

    /**
     * Counts a failed sign-in at {@code epochSecond} under the policy ({@link LockoutPolicy#afterFailure}),
     * as an authentication service sharing this store would.
     *
     * @return the account afterwards, or empty when no user has this id
     */
    Optional<UserAccount> recordFailedSignIn(String userId, long epochSecond, LockoutPolicy policy);

    /**
     * Records a successful sign-in at {@code epochSecond} ({@link LockoutPolicy#afterSuccess}).
     *
     * @return the account afterwards, or empty when no user has this id
     */
    Optional<UserAccount> recordSuccessfulSignIn(String userId, long epochSecond);

    /** Stores the accounts, replacing accounts with the same ids; all or none. */
    void upsertAll(List<UserAccount> accounts);

    /** Stores those of the accounts whose ids are not taken; returns how many it stored. */
    int insertAllIfAbsent(List<UserAccount> accounts);

    /** The audit events of a user, oldest first. */
    List<AuditEvent> auditEvents(String userId);

    /** Whether the store answers; used by readiness checks. */
    default boolean isAvailable() {
        return true;
    }

    /** Publishes the repository's own figures, such as connection-pool use, to the registry. */
    default void bindMetrics(MeterRegistry registry) {}

    /** Releases what the repository holds (connections, pools). */
    @Override
    default void close() {}
}
