package dev.usersapi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.Main;
import dev.usersapi.http.ApiObjectMapper;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.auth.ApiKeysFile;
import dev.usersapi.importing.UserFileReader;
import dev.usersapi.importing.UserImporter;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.server.ServerSettings;
import dev.usersapi.server.UsersApiServer;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs the HTTP server until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serves the Users API until stopped (SIGTERM or Ctrl-C), then lets requests in flight finish.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "${env:USERS_HOST:-127.0.0.1}",
            description = "Address to listen on. Env USERS_HOST. Default: 127.0.0.1.")
    String host;

    @Option(names = "--port", defaultValue = "${env:USERS_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one. Env USERS_PORT. Default: 8080.")
    int port;

    @Option(names = "--seed", paramLabel = "FILE", defaultValue = "${env:USERS_SEED}",
            description = "JSON array of Users loaded at start; users already stored are left as they are. Env USERS_SEED.")
    Path seed;

    @Option(names = "--api-keys", paramLabel = "FILE", defaultValue = "${env:USERS_API_KEYS_FILE}",
            description = "JSON array of {\"id\", \"sha256\", \"scopes\"}: the API keys, by the SHA-256 of their secrets. "
                    + "Env USERS_API_KEYS_FILE.")
    Path apiKeysFile;

    @Option(names = "--api-key", paramLabel = "SECRET", defaultValue = "${env:USERS_API_KEY}",
            description = "Adds a key with both scopes, for development. Env USERS_API_KEY.")
    String developmentKey;

    @Option(names = "--metrics-require-key", defaultValue = "${env:USERS_METRICS_REQUIRE_KEY:-false}",
            description = "Whether GET /metrics needs an API key (any valid key). Env USERS_METRICS_REQUIRE_KEY. Default: false.")
    boolean metricsRequireKey;

    @Option(names = "--log-format", defaultValue = "${env:USERS_LOG_FORMAT:-text}",
            description = "Log lines as 'text' or 'json' (one object per line). Env USERS_LOG_FORMAT. Default: text.")
    LogFormat logFormat;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new ConfigurationException("--port must be between 0 and 65535, not " + port);
        }
        logFormat.apply();
        ApiKeyRegistry keys = loadKeys();
        ObjectMapper mapper = ApiObjectMapper.create();
        UserRepository repository = storeOptions.open();
        UsersApiServer server;
        try {
            if (seed != null) {
                loadSeed(mapper, repository);
            }
            server = UsersApiServer.start(
                    new ServerSettings(host, port, ServerSettings.DEFAULT_SHUTDOWN_GRACE, metricsRequireKey),
                    repository, keys, mapper, Clock.systemUTC());
        } catch (BindException busy) {
            repository.close();
            throw new IOException("cannot listen on " + host + ":" + port + ": " + busy.getMessage(), busy);
        } catch (RuntimeException | IOException failed) {
            repository.close();
            throw failed;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            repository.close();
            stopped.countDown();
        }, "shutdown"));
        spec.commandLine().getOut().println("Users API server listening on " + server.baseUri());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    private ApiKeyRegistry loadKeys() {
        ApiKeyRegistry keys = new ApiKeyRegistry(List.of());
        if (apiKeysFile != null) {
            try {
                keys = new ApiKeyRegistry(ApiKeysFile.read(apiKeysFile));
            } catch (IOException | IllegalArgumentException invalid) {
                throw new ConfigurationException("--api-keys " + apiKeysFile + ": " + Main.messageOf(invalid));
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
        } catch (IOException | UserFileReader.InvalidUserFileException invalid) {
            throw new ConfigurationException("--seed " + seed + ": " + Main.messageOf(invalid));
        }
    }
}
