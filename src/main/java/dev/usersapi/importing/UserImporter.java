package dev.usersapi.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.UserLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Loads a users file (or any {@link UserSource}) into a repository in batches, streaming it so
 * that memory use does not grow with its size.
 */
public final class UserImporter {

    /** What to do with users whose ids are already stored. */
    public enum Mode {
        /** Replace them: the file is the truth ({@code import}). */
        UPSERT,
        /** Keep them: the file only fills in what is missing ({@code --seed}), so restarts keep changes. */
        INSERT_MISSING
    }

    /**
     * @param read how many users the file held
     * @param stored how many of them were written
     */
    public record Summary(long read, long stored) {}

    public static final int DEFAULT_BATCH_SIZE = 1_000;

    private final UserFileReader reader;
    private final UserLoader repository;
    private final int batchSize;

    public UserImporter(ObjectMapper mapper, UserLoader repository, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.reader = new UserFileReader(mapper);
        this.repository = repository;
        this.batchSize = batchSize;
    }

    /**
     * Imports the file. A failure stops the import; the batches written before it stay written.
     *
     * @param progress told the number of users read after each batch
     */
    public Summary importFile(Path file, Mode mode, LongConsumer progress) throws IOException {
        return importFrom(UserSource.file(file), mode, progress);
    }

    /** Imports the source, as {@link #importFile} imports a file. */
    public Summary importFrom(UserSource source, Mode mode, LongConsumer progress) throws IOException {
        List<UserAccount> batch = new ArrayList<>(batchSize);
        long[] stored = {0};
        long[] read = {0};
        reader.read(source, account -> {
            batch.add(account);
            read[0]++;
            if (batch.size() == batchSize) {
                stored[0] += write(batch, mode);
                batch.clear();
                progress.accept(read[0]);
            }
        });
        if (!batch.isEmpty()) {
            stored[0] += write(batch, mode);
            progress.accept(read[0]);
        }
        return new Summary(read[0], stored[0]);
    }

    private int write(List<UserAccount> batch, Mode mode) {
        if (mode == Mode.UPSERT) {
            repository.upsertAll(batch);
            return batch.size();
        }
        return repository.insertAllIfAbsent(batch);
    }
}
