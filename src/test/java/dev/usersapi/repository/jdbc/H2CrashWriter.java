package dev.usersapi.repository.jdbc;

import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.support.TestUsers;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link H2DurabilityTest} kills: unblocks users on several threads, as fast as it
 * can, and prints {@code ack USER N} only after the N-th unblock of USER has returned.
 */
public final class H2CrashWriter {

    static final int THREADS = 4;
    static final long START = 1_800_000_000L;

    private H2CrashWriter() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        PrintStream out = System.out;
        JdbcUserRepository repository = JdbcUserRepository.open(new DatabaseSettings(url, "sa", ""));
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
