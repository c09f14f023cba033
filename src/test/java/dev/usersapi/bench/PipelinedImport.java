package dev.usersapi.bench;

import dev.usersapi.domain.UserAccount;
import dev.usersapi.http.ApiObjectMapper;
import dev.usersapi.importing.UserFileReader;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.repository.jdbc.DatabaseSettings;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A prototype of a proposed change to {@code UserImporter}, for the benchmark only: the same
 * reader and the same repository calls as {@code import}, but the file is parsed on its own thread
 * while the previous batch is being written, handing batches over through a queue of two. On two
 * cores the import then takes about max(parse, write) instead of parse + write, and memory stays
 * bounded by four batches (the one being filled, two queued, the one being written).
 *
 * <p>Usage: {@code PipelinedImport FILE JDBC_URL [USER] [BATCH_SIZE]}; prints a line like the
 * import command's.
 */
public final class PipelinedImport {

    private static final List<UserAccount> END = List.of();

    private PipelinedImport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 4) {
            throw new IllegalArgumentException("usage: PipelinedImport FILE JDBC_URL [USER] [BATCH_SIZE]");
        }
        Path file = Path.of(args[0]);
        String user = args.length > 2 && !args[2].isEmpty() ? args[2] : null;
        int batchSize = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        long started = System.nanoTime();
        BlockingQueue<List<UserAccount>> batches = new ArrayBlockingQueue<>(2);
        Throwable[] readFailure = {null};

        try (UserRepository repository = JdbcUserRepository.open(new DatabaseSettings(args[1], user, null))) {
            Thread reader = new Thread(() -> {
                try {
                    var filling = new Object() {
                        List<UserAccount> batch = new ArrayList<>(batchSize);
                    };
                    new UserFileReader(ApiObjectMapper.create()).read(file, account -> {
                        filling.batch.add(account);
                        if (filling.batch.size() == batchSize) {
                            put(batches, filling.batch);
                            filling.batch = new ArrayList<>(batchSize);
                        }
                    });
                    if (!filling.batch.isEmpty()) {
                        put(batches, filling.batch);
                    }
                } catch (Throwable failed) {
                    readFailure[0] = failed;
                } finally {
                    put(batches, END);
                }
            }, "users-file-reader");
            reader.start();

            long stored = 0;
            for (List<UserAccount> batch = batches.take(); batch != END; batch = batches.take()) {
                repository.upsertAll(batch);
                stored += batch.size();
            }
            reader.join();
            if (readFailure[0] != null) {
                throw new IllegalStateException("reading " + file + " failed", readFailure[0]);
            }
            System.out.printf("Imported %,d users from %s in %.1f s%n", stored, file, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void put(BlockingQueue<List<UserAccount>> queue, List<UserAccount> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }
}
