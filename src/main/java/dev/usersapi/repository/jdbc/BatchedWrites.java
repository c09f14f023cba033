package dev.usersapi.repository.jdbc;

import dev.usersapi.repository.StoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for an engine with one writer at a time (SQLite): calls queue up, and one writer
 * thread runs the calls waiting at that moment in a single transaction, each inside a savepoint
 * of its own, then commits once and answers them all.
 *
 * <p>Why: a commit is the expensive part of a small write. It appends the pages the transaction
 * touched to the log and, with {@code synchronous=FULL}, waits for the disk; consecutive unblocks
 * touch the same last pages of the audit table and its indexes. Committing several calls at once
 * writes those pages and waits for the disk once for all of them, and the writers never hand a
 * lock to one another. Alone, a call is a transaction of its own, as before.
 *
 * <p>What each call sees and gets is as if the calls ran one after another: they run in arrival
 * order on one connection, a call that fails is rolled back to its savepoint without touching the
 * others, and nobody is answered before the commit. A failure that may have ended the transaction
 * (the disk is full, the file cannot be written) fails the whole batch. A call that waited longer
 * than the patience for its turn is refused as unavailable without running, so a refusal always
 * means that nothing was changed.
 */
final class BatchedWrites implements WritePath {

    private static final Logger LOG = LoggerFactory.getLogger(BatchedWrites.class);
    private static final int MAX_BATCH = 64;

    private final DataSource dataSource;
    private final String begin;
    private final long patienceNanos;
    private final Predicate<SQLException> endsTransaction;
    private final Precondition beforeEachTransaction;
    private final BlockingQueue<Call<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    /** Checked before each transaction; when it throws, the batch fails with what it threw. */
    @FunctionalInterface
    interface Precondition {
        void check() throws SQLException;
    }

    /**
     * @param endsTransaction whether a failure may have rolled back the whole transaction
     * @param beforeEachTransaction what must hold for a transaction to begin
     */
    BatchedWrites(
            DataSource dataSource,
            String begin,
            Duration patience,
            Predicate<SQLException> endsTransaction,
            Precondition beforeEachTransaction) {
        this.dataSource = dataSource;
        this.begin = begin;
        this.patienceNanos = patience.toNanos();
        this.endsTransaction = endsTransaction;
        this.beforeEachTransaction = beforeEachTransaction;
        this.writer = new Thread(this::writeUntilClosed, "database-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public <T> T run(String action, Transactions.SqlWork<T> work) throws SQLException {
        Call<T> call = new Call<>(action, work, System.nanoTime() + patienceNanos);
        if (closed) {
            throw new StoreUnavailableException("the store is closed; cannot " + action);
        }
        queue.add(call);
        return call.awaitOutcome();
    }

    /** Finishes the calls already queued, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.NANOSECONDS.toMillis(patienceNanos) + 5_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Call<?> left = queue.poll(); left != null; left = queue.poll()) {
            left.refuse("the store is closed; cannot " + left.action);
        }
    }

    private void writeUntilClosed() {
        List<Call<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Call<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(withoutExpired(batch));
            } catch (InterruptedException interrupted) {
                return;
            } catch (RuntimeException | Error unexpected) {
                LOG.error("The database writer failed; its calls are answered with the failure", unexpected);
                batch.forEach(call -> call.fail(unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    private List<Call<?>> withoutExpired(List<Call<?>> batch) {
        long now = System.nanoTime();
        List<Call<?>> live = new ArrayList<>(batch.size());
        for (Call<?> call : batch) {
            if (now - call.deadline > 0) {
                call.refuse("the database was busy with other writes for "
                        + TimeUnit.NANOSECONDS.toMillis(patienceNanos) + " ms; cannot " + call.action);
            } else {
                live.add(call);
            }
        }
        return live;
    }

    private void writeBatch(List<Call<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Call<?>> done = new ArrayList<>(batch.size());
        try {
            beforeEachTransaction.check();
        } catch (SQLException refused) {
            batch.forEach(call -> call.fail(refused));
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement control = connection.createStatement()) {
            control.execute(begin);
            try {
                for (Call<?> call : batch) {
                    if (runInSavepoint(connection, control, call)) {
                        done.add(call);
                    }
                }
                control.execute("COMMIT");
            } catch (SQLException | RuntimeException failed) {
                rollbackQuietly(control);
                throw failed;
            }
        } catch (SQLException failed) {
            // Nothing of the batch is in the database: every call that had not failed on its own fails.
            batch.forEach(call -> call.fail(failed));
            return;
        }
        done.forEach(Call::succeed);
    }

    /**
     * Runs one call inside a savepoint: its own failure is rolled back to the savepoint and
     * answered, and the batch goes on; a failure that may have ended the transaction is rethrown.
     *
     * @return whether the call succeeded
     */
    private boolean runInSavepoint(Connection connection, Statement control, Call<?> call) throws SQLException {
        control.execute("SAVEPOINT call");
        try {
            call.runOn(connection);
        } catch (SQLException failed) {
            if (endsTransaction.test(failed)) {
                throw failed;
            }
            control.execute("ROLLBACK TO call");
            control.execute("RELEASE call");
            call.fail(failed);
            return false;
        } catch (RuntimeException failed) {
            control.execute("ROLLBACK TO call");
            control.execute("RELEASE call");
            call.fail(failed);
            return false;
        }
        control.execute("RELEASE call");
        return true;
    }

    private static void rollbackQuietly(Statement control) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite may have rolled back by itself already; the original failure matters.
        }
    }

    /** One call waiting for its turn and then for the commit. */
    private static final class Call<T> {

        final String action;
        final Transactions.SqlWork<T> work;
        final long deadline;
        final CompletableFuture<T> outcome = new CompletableFuture<>();
        T result;

        Call(String action, Transactions.SqlWork<T> work, long deadline) {
            this.action = action;
            this.work = work;
            this.deadline = deadline;
        }

        void runOn(Connection connection) throws SQLException {
            result = work.run(connection);
        }

        void succeed() {
            outcome.complete(result);
        }

        void fail(Throwable failure) {
            outcome.completeExceptionally(failure);
        }

        void refuse(String reason) {
            outcome.completeExceptionally(new StoreUnavailableException(reason));
        }

        /** Waits for the writer's verdict, which always comes: a call is never dropped. */
        T awaitOutcome() throws SQLException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return outcome.get();
                    } catch (InterruptedException interruption) {
                        // The call may be running: its verdict is the only truthful answer.
                        interrupted = true;
                    } catch (ExecutionException failed) {
                        Throwable cause = failed.getCause();
                        if (cause instanceof SQLException sql) {
                            throw sql;
                        }
                        if (cause instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        if (cause instanceof Error error) {
                            throw error;
                        }
                        throw new IllegalStateException(cause);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
