package dev.usersapi.repository.jdbc;

import dev.usersapi.repository.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets write transactions through one at a time, or all at once. SQLite allows one writer: when
 * several transactions ask for its write lock, the losers sleep and poll (SQLite's busy handler),
 * which wastes most of the time it is meant to save. Queueing writers here instead hands the lock
 * on the moment it is free, in arrival order.
 */
abstract sealed class WriteGate permits WriteGate.Open, WriteGate.OneAtATime {

    /** A gate for engines that lock rows themselves. */
    static WriteGate open() {
        return new Open();
    }

    /** A gate that lets one writer through at a time, and makes others wait at most {@code patience}. */
    static WriteGate oneAtATime(Duration patience) {
        return new OneAtATime(patience);
    }

    /**
     * Waits for the turn of the caller, who must call {@link #leave()} afterwards.
     *
     * @throws StoreUnavailableException when the turn did not come within the patience
     */
    abstract void enter(String action);

    abstract void leave();

    static final class Open extends WriteGate {
        @Override
        void enter(String action) {}

        @Override
        void leave() {}
    }

    static final class OneAtATime extends WriteGate {

        private final ReentrantLock lock = new ReentrantLock(true);
        private final long patienceNanos;

        OneAtATime(Duration patience) {
            this.patienceNanos = patience.toNanos();
        }

        @Override
        void enter(String action) {
            boolean entered;
            try {
                entered = lock.tryLock(patienceNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException("interrupted while waiting to " + action, interrupted);
            }
            if (!entered) {
                throw new StoreUnavailableException("the database was busy with other writes for "
                        + TimeUnit.NANOSECONDS.toMillis(patienceNanos) + " ms; cannot " + action);
            }
        }

        @Override
        void leave() {
            lock.unlock();
        }
    }
}
