package dev.usersapi.cli;

import dev.usersapi.contract.ApiObjectMapper;
import dev.usersapi.importing.UserFileReader;
import dev.usersapi.importing.UserImporter;
import dev.usersapi.repository.UserRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Streams a users file into the store, replacing users with the same ids. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Imports a JSON array of Users into the store, replacing users with the same user_id. "
                + "The file is streamed, so its size does not matter; batches written before an error stay written.")
public final class ImportCommand implements Callable<Integer> {

    private static final long PROGRESS_EVERY = 100_000;

    @Parameters(
            paramLabel = "FILE",
            description = "JSON array of Users in the API's User schema (lockout fields optional).")
    Path file;

    @Option(
            names = "--batch-size",
            defaultValue = "${env:USERS_IMPORT_BATCH_SIZE:-1000}",
            description = "Users written per transaction. Env USERS_IMPORT_BATCH_SIZE. Default: 1000.")
    int batchSize;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (batchSize < 1) {
            throw new ConfigurationException("--batch-size must be at least 1, not " + batchSize);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        long[] nextReport = {PROGRESS_EVERY};
        try (UserRepository repository = storeOptions.open()) {
            UserImporter.Summary summary = new UserImporter(ApiObjectMapper.create(), repository, batchSize)
                    .importFile(file, UserImporter.Mode.UPSERT, read -> {
                        if (read >= nextReport[0]) {
                            err.printf("imported %,d users%n", read);
                            err.flush();
                            nextReport[0] += PROGRESS_EVERY;
                        }
                    });
            out.printf(
                    "Imported %,d users from %s in %.1f s%n",
                    summary.stored(), file, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (UserFileReader.InvalidUserFileException invalid) {
            throw new ConfigurationException(file + ": " + ExitStatus.messageOf(invalid));
        }
    }
}
