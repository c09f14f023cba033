package dev.usersapi.repository;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A whole store, as its owner opens and closes it: the narrow roles it plays, and its lifecycle.
 * Code that needs one role takes that interface ({@link UserAccounts} for the HTTP operations,
 * {@link UserLoader} for imports, {@link AuditTrail}, {@link SignInRecorder}), so that a new
 * operation touches the role it belongs to and the stores, not every wrapper. Implementations are
 * safe for use by many threads.
 */
public interface UserRepository extends UserAccounts, UserLoader, AuditTrail, SignInRecorder, AutoCloseable {

    /**
     * How many threads the server should give to the calls of this store that read, and as many
     * again to those that write, because a call can block waiting for a database; 0 for a store
     * whose calls never block, which are then served on the threads that parse requests.
     */
    default int blockingCallThreads() {
        return 0;
    }

    /** Publishes the store's own figures, such as connection-pool use, to the registry. */
    default void bindMetrics(MeterRegistry registry) {}

    /** Releases what the store holds (connections, pools). */
    @Override
    default void close() {}
}
