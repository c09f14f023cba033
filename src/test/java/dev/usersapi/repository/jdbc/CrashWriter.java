package dev.usersapi.repository.jdbc;

import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.support.TestUsers;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link KillDurabilityTest} kills: unblocks users on several threads, as fast as it
 * can, and prints {@code ack USER N} only after the N-th unblock of USER has returned.
 *
 * <p>Arguments: JDBC URL, database user ({@code null} for none), durability ({@code FULL} or {@code NORMAL}).
 */
public final class CrashWriter {

    static final int THREADS = 4;
    static final long START = 1_800_000_000L;

    private CrashWriter() {}

    public static void main(String[] args) throws Exception {
        String user = args[1].equals("null") ? null : args[1];
        DatabaseSettings settings =
                new DatabaseSettings(args[0], user, null).withDurability(Durability.valueOf(args[2]));
        PrintStream out = System.out;
        JdbcUserRepository repository = JdbcUserRepository.open(settings);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String userId = "crash-" + t;
            repository.upsertAll(List.of(TestUsers.userWithId(userId)
                    .blockedUntil(TestUsers.FAR_FUTURE, 3)
                    .build()));
            writers.add(new Thread(
                    () -> {
                        for (long n = 1; ; n++) {
                            repository.unblock(new UnblockRequest(userId, START + n, "crash-key", "request-" + n));
                            synchronized (out) {
                                out.println("ack " + userId + " " + n);
                                out.flush();
                            }
                        }
                    },
                    "writer-" + t));
        }
        synchronized (out) {
            out.println("ready");
            out.flush();
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
    }
}
