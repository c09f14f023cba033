package dev.usersapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.http.ApiObjectMapper;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.auth.ApiKeysFile;
import dev.usersapi.importing.UserImporter;
import dev.usersapi.repository.InMemoryUserRepository;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.server.ServerSettings;
import dev.usersapi.server.UsersApiServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: reads the options, builds the configuration and starts the server. */
@Command(
        name = "users-api-server",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Serves the Users API: get a user, unblock a user.",
        sortOptions = false)
public final class Main implements Callable<Integer> {

    static final int EXIT_CONFIGURATION = 2;
    static final int EXIT_RUNTIME = 1;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed", paramLabel = "FILE",
            description = "JSON array of Users to load at start; users that already exist are left as they are.")
    Path seed;

    @Option(names = "--api-keys", paramLabel = "FILE",
            description = "JSON array of {\"id\", \"sha256\", \"scopes\"}: the API keys, by the SHA-256 of their secrets.")
    Path apiKeysFile;

    @Option(names = "--api-key", paramLabel = "SECRET", defaultValue = "${env:USERS_API_KEY}",
            description = "Adds one key with both scopes, for development (env USERS_API_KEY).")
    String developmentKey;

    private final PrintWriter out;

    Main(PrintWriter out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main(out));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((problem, args) -> {
            err.println("users-api-server: " + problem.getMessage() + " (see --help)");
            return EXIT_CONFIGURATION;
        });
        commandLine.setExecutionExceptionHandler((problem, cmd, parsed) -> {
            err.println("users-api-server: " + messageOf(problem));
            return problem instanceof ConfigurationException ? EXIT_CONFIGURATION : EXIT_RUNTIME;
        });
        return commandLine;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new ConfigurationException("--port must be between 0 and 65535, not " + port);
        }
        ApiKeyRegistry keys = loadKeys();
        ObjectMapper mapper = ApiObjectMapper.create();
        UserRepository repository = new InMemoryUserRepository();
        if (seed != null) {
            loadSeed(mapper, repository);
        }
        UsersApiServer server;
        try {
            server = UsersApiServer.start(
                    new ServerSettings(host, port, ServerSettings.DEFAULT_SHUTDOWN_GRACE), repository, keys, mapper, Clock.systemUTC());
        } catch (BindException busy) {
            throw new IOException("cannot listen on " + host + ":" + port + ": " + busy.getMessage(), busy);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        out.println("Users API server listening on " + server.baseUri());
        stopped.await();
        return 0;
    }

    private ApiKeyRegistry loadKeys() {
        ApiKeyRegistry keys = new ApiKeyRegistry(List.of());
        if (apiKeysFile != null) {
            try {
                keys = new ApiKeyRegistry(ApiKeysFile.read(apiKeysFile));
            } catch (IOException | IllegalArgumentException invalid) {
                throw new ConfigurationException("--api-keys " + apiKeysFile + ": " + messageOf(invalid));
            }
        }
        if (developmentKey != null && !developmentKey.isBlank()) {
            keys = keys.with(ApiKeyRegistry.developmentKey(developmentKey));
        }
        if (keys.isEmpty()) {
            throw new ConfigurationException("no API key is configured: give --api-keys FILE or --api-key SECRET");
        }
        return keys;
    }

    private void loadSeed(ObjectMapper mapper, UserRepository repository) {
        try {
            new UserImporter(mapper, repository, UserImporter.DEFAULT_BATCH_SIZE)
                    .importFile(seed, UserImporter.Mode.INSERT_MISSING, read -> { });
        } catch (IOException | RuntimeException invalid) {
            throw new ConfigurationException("--seed " + seed + ": " + messageOf(invalid));
        }
    }

    private static String messageOf(Throwable problem) {
        if (problem instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        return problem.getMessage() != null ? problem.getMessage() : problem.getClass().getSimpleName();
    }

    /** A configuration the server cannot start with. */
    static final class ConfigurationException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConfigurationException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"users-api-server " + (version != null ? version : "development build")};
        }
    }
}
