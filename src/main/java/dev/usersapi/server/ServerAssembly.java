package dev.usersapi.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.contract.ApiObjectMapper;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.importing.UserFileReader.InvalidUserFileException;
import dev.usersapi.importing.UserImporter;
import dev.usersapi.importing.UserSource;
import dev.usersapi.repository.UserRepository;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The one place a running server is put together, from its settings to a listening port: the
 * store is opened (and seeded) on a thread of its own while the HTTP application is built, since
 * the two make up most of the start-up time and need nothing from each other; then the server
 * listens. {@code serve}, the training run and the tests all start their servers here.
 *
 * <pre>{@code
 * RunningServer server = ServerAssembly.of(settings, keys, storeOptions::open)
 *         .seededFrom(UserSource.file(seed))
 *         .start();
 * }</pre>
 */
public final class ServerAssembly {

    private final ServerSettings settings;
    private final ApiKeyRegistry keys;
    private final Supplier<? extends UserRepository> store;
    private UserSource seed;
    private Clock clock = Clock.systemUTC();

    private ServerAssembly(ServerSettings settings, ApiKeyRegistry keys, Supplier<? extends UserRepository> store) {
        this.settings = settings;
        this.keys = keys;
        this.store = store;
    }

    /**
     * @param store opens the store the server serves; the running server closes it when it stops
     */
    public static ServerAssembly of(
            ServerSettings settings, ApiKeyRegistry keys, Supplier<? extends UserRepository> store) {
        return new ServerAssembly(settings, keys, store);
    }

    /** Loads these users into the store before serving; users already stored are left as they are. */
    public ServerAssembly seededFrom(UserSource users) {
        this.seed = users;
        return this;
    }

    /** The clock unblocks are stamped with; the system's in UTC unless a test says otherwise. */
    public ServerAssembly withClock(Clock time) {
        this.clock = time;
        return this;
    }

    /**
     * Opens the store, seeds it, and listens.
     *
     * @throws IOException when the server cannot listen (the port is taken, say)
     * @throws InvalidSeedException when the seed cannot be read or holds an invalid user
     * @throws RuntimeException the store's own failure to open, as it was thrown
     */
    public RunningServer start() throws IOException {
        ObjectMapper mapper = ApiObjectMapper.create();
        CompletableFuture<UserRepository> opened = CompletableFuture.supplyAsync(
                () -> openAndSeed(mapper), task -> new Thread(task, "store-opening").start());
        UsersApiServer server;
        try {
            server = UsersApiServer.start(settings, opened, keys, mapper, clock);
        } catch (IOException | RuntimeException | Error failed) {
            closeWhenOpen(opened);
            throw failed;
        }
        return new RunningServer(server, opened.join());
    }

    private UserRepository openAndSeed(ObjectMapper mapper) {
        UserRepository repository = store.get();
        if (seed == null) {
            return repository;
        }
        try {
            new UserImporter(mapper, repository, UserImporter.DEFAULT_BATCH_SIZE)
                    .importFrom(seed, UserImporter.Mode.INSERT_MISSING, read -> {});
            return repository;
        } catch (IOException | InvalidUserFileException invalid) {
            repository.close();
            throw new InvalidSeedException(seed, invalid);
        } catch (RuntimeException | Error failed) {
            repository.close();
            throw failed;
        }
    }

    private static void closeWhenOpen(CompletableFuture<UserRepository> opened) {
        try {
            opened.join().close();
        } catch (CompletionException failedToOpen) {
            // nothing to close
        }
    }

    /** The seed could not be read, or holds a user that is not valid. */
    public static final class InvalidSeedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidSeedException(UserSource seed, Exception cause) {
            super("the seed " + seed.name() + " cannot be loaded: " + cause.getMessage(), cause);
        }
    }
}
