package dev.usersapi.repository;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes audit events older than the retention period, and IP lockout records idle for longer
 * than it, at start-up and then every hour, in batches of {@value #BATCH} per transaction so that
 * requests never wait long behind it. A round that fails (the database is unavailable, say) is
 * logged and tried again at the next round.
 */
public final class AuditRetention implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
    static final int BATCH = 10_000;
    private static final Duration ROUND_EVERY = Duration.ofHours(1);

    private final AuditTrail trail;
    private final Duration keep;
    private final Clock clock;
    private final ScheduledExecutorService rounds;
    private ScheduledFuture<?> schedule;

    /** A retention that runs only when asked ({@link #deleteExpired()}); {@link #start} schedules it. */
    AuditRetention(AuditTrail trail, Duration keep, Clock clock) {
        this.trail = trail;
        this.keep = keep;
        this.clock = clock;
        this.rounds = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "audit-retention");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts deleting events older than {@code keep} from the trail, now and every hour. */
    public static AuditRetention start(AuditTrail trail, Duration keep, Clock clock) {
        AuditRetention retention = new AuditRetention(trail, keep, clock);
        retention.schedule = retention.rounds.scheduleWithFixedDelay(
                retention::runRound, 0, ROUND_EVERY.toSeconds(), TimeUnit.SECONDS);
        return retention;
    }

    /**
     * Deletes every event older than the retention period, batch by batch.
     *
     * @return how many were deleted
     */
    long deleteExpired() {
        long cutoff = clock.instant().minus(keep).getEpochSecond();
        return inBatches(limit -> trail.deleteEventsBefore(cutoff, limit));
    }

    /**
     * Deletes every IP lockout record whose last attempt is older than the retention period and
     * that is not blocked, batch by batch.
     *
     * @return how many were deleted
     */
    long deleteIdleIpLockouts() {
        long cutoff = clock.instant().minus(keep).getEpochSecond();
        return inBatches(limit -> trail.deleteIdleIpLockoutsBefore(cutoff, limit));
    }

    private static long inBatches(IntUnaryOperator deleteUpTo) {
        long deleted = 0;
        int batch;
        do {
            batch = deleteUpTo.applyAsInt(BATCH);
            deleted += batch;
        } while (batch == BATCH && !Thread.currentThread().isInterrupted());
        return deleted;
    }

    private void runRound() {
        try {
            long deleted = deleteExpired();
            if (deleted > 0) {
                LOG.info("Deleted {} audit events older than {} days", deleted, keep.toDays());
            }
            long idle = deleteIdleIpLockouts();
            if (idle > 0) {
                LOG.info("Deleted {} IP lockout records idle for more than {} days", idle, keep.toDays());
            }
        } catch (RuntimeException failed) {
            LOG.warn("Could not delete old audit events (next try in an hour): {}", failed.getMessage());
        }
    }

    @Override
    public void close() {
        if (schedule != null) {
            schedule.cancel(true);
        }
        rounds.shutdownNow();
    }
}
