package dev.usersapi.cli;

import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.auth.ApiKeysFile;
import dev.usersapi.http.throttling.ThrottleSettings;
import dev.usersapi.importing.UserSource;
import dev.usersapi.repository.AuditRetention;
import dev.usersapi.server.RunningServer;
import dev.usersapi.server.ServerAssembly;
import dev.usersapi.server.ServerSettings;
import dev.usersapi.server.TlsSettings;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the HTTP or HTTPS server until SIGTERM or Ctrl-C, then drains it. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Serves the Users API until stopped (SIGTERM or Ctrl-C), then lets requests in flight finish "
                + "and exits with status 0 (1 if the shutdown grace cut requests off).")
public final class ServeCommand implements Callable<Integer> {

    /** The longest --shutdown-grace accepted. */
    static final int MAX_SHUTDOWN_GRACE_SECONDS = 3_600;

    @Option(
            names = "--host",
            defaultValue = "${env:USERS_HOST:-127.0.0.1}",
            description = "Address to listen on. Env USERS_HOST. Default: 127.0.0.1.")
    String host;

    @Option(
            names = "--port",
            defaultValue = "${env:USERS_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one. Env USERS_PORT. Default: 8080.")
    int port;

    @Option(
            names = "--seed",
            paramLabel = "FILE",
            defaultValue = "${env:USERS_SEED}",
            description =
                    "JSON array of Users loaded at start; users already stored are left as they are. Env USERS_SEED.")
    Path seed;

    @Option(
            names = "--api-keys",
            paramLabel = "FILE",
            defaultValue = "${env:USERS_API_KEYS_FILE}",
            description =
                    "JSON array of {\"id\", \"sha256\", \"scopes\"}: the API keys, by the SHA-256 of their secrets. "
                            + "Env USERS_API_KEYS_FILE.")
    Path apiKeysFile;

    @Option(
            names = "--api-key",
            paramLabel = "SECRET",
            defaultValue = "${env:USERS_API_KEY}",
            description = "Adds a key with every scope, for development. Env USERS_API_KEY.")
    String developmentKey;

    @Option(
            names = "--metrics-require-key",
            defaultValue = "${env:USERS_METRICS_REQUIRE_KEY:-false}",
            description =
                    "Whether GET /metrics needs an API key (any valid key). Env USERS_METRICS_REQUIRE_KEY. Default: false.")
    boolean metricsRequireKey;

    @Option(
            names = "--key-rate-limit",
            paramLabel = "N",
            defaultValue = "${env:USERS_KEY_RATE_LIMIT:-100}",
            description = "Requests per second each API key may make under /api/; more are answered 429. "
                    + "0 switches the limit off. Env USERS_KEY_RATE_LIMIT. Default: 100.")
    int keyRateLimit;

    @Option(
            names = "--auth-failure-limit",
            paramLabel = "N",
            defaultValue = "${env:USERS_AUTH_FAILURE_LIMIT:-30}",
            description = "Requests with a missing or unknown API key per minute from one client address; once they "
                    + "are used up, every request from the address under /api/ is answered 429 until the quota refills. "
                    + "0 switches the limit off. Env USERS_AUTH_FAILURE_LIMIT. Default: 30.")
    int authFailureLimit;

    @Option(
            names = "--log-format",
            defaultValue = "${env:USERS_LOG_FORMAT:-text}",
            description = "Log lines as 'text' or 'json' (one object per line). Env USERS_LOG_FORMAT. Default: text.")
    LogFormat logFormat;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            defaultValue = "${env:USERS_TLS_KEYSTORE}",
            description = "PKCS12 keystore with the server's private key and certificate chain; with it the server "
                    + "serves HTTPS only (TLS 1.2 and 1.3) on its port. Env USERS_TLS_KEYSTORE.")
    Path tlsKeystore;

    @Option(
            names = "--tls-keystore-password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:USERS_TLS_KEYSTORE_PASSWORD}",
            description = "Password of the keystore and its key; prefer the env USERS_TLS_KEYSTORE_PASSWORD, "
                    + "which other users of the machine cannot see.")
    String tlsKeystorePassword;

    @Option(
            names = "--shutdown-grace",
            paramLabel = "SECONDS",
            defaultValue = "${env:USERS_SHUTDOWN_GRACE:-10}",
            description = "On SIGTERM or Ctrl-C, how long requests in flight and open connections get to finish; "
                    + "new connections are refused at once. Env USERS_SHUTDOWN_GRACE. Default: 10.")
    int shutdownGraceSeconds;

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
        if (shutdownGraceSeconds < 0 || shutdownGraceSeconds > MAX_SHUTDOWN_GRACE_SECONDS) {
            throw new ConfigurationException("--shutdown-grace must be between 0 and " + MAX_SHUTDOWN_GRACE_SECONDS
                    + " seconds, not " + shutdownGraceSeconds);
        }
        ServerSettings settings = loadTls(new ServerSettings(host, port, Duration.ofSeconds(shutdownGraceSeconds)))
                .withMetricsNeedingKey(metricsRequireKey)
                .withThrottle(throttleSettings());
        ApiKeyRegistry keys = loadKeys();
        Optional<Duration> auditRetention = storeOptions.auditRetention();
        ServerAssembly assembly = ServerAssembly.of(settings, keys, storeOptions::open);
        if (seed != null) {
            assembly.seededFrom(UserSource.file(seed));
        }
        RunningServer server;
        try {
            server = assembly.start();
        } catch (BindException busy) {
            throw new IOException("cannot listen on " + host + ":" + port + ": " + busy.getMessage(), busy);
        } catch (ServerAssembly.InvalidSeedException invalid) {
            throw new ConfigurationException("--seed " + seed + ": " + ExitStatus.messageOf(invalid.getCause()));
        }
        AuditRetention retention = auditRetention
                .map(keep -> AuditRetention.start(server.repository(), keep, Clock.systemUTC()))
                .orElse(null);
        CountDownLatch stopRequested = new CountDownLatch(1);
        StopSignals.install(stopRequested::countDown);
        // Also drains when the JVM is stopped in other ways (SIGHUP, System.exit, signals it keeps).
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopRetention(retention);
                            server.stop();
                            stopRequested.countDown();
                        },
                        "shutdown"));
        spec.commandLine().getOut().println("Users API server listening on " + server.baseUri());
        spec.commandLine().getOut().flush();
        stopRequested.await();
        stopRetention(retention);
        return server.stop() ? 0 : ExitStatus.FAILURE;
    }

    private static void stopRetention(AuditRetention retention) {
        if (retention != null) {
            retention.close();
        }
    }

    private ThrottleSettings throttleSettings() {
        if (keyRateLimit < 0 || keyRateLimit > ThrottleSettings.MAX_LIMIT) {
            throw new ConfigurationException(
                    "--key-rate-limit must be 0 (no limit) to " + ThrottleSettings.MAX_LIMIT + ", not " + keyRateLimit);
        }
        if (authFailureLimit < 0 || authFailureLimit > ThrottleSettings.MAX_LIMIT) {
            throw new ConfigurationException("--auth-failure-limit must be 0 (no limit) to "
                    + ThrottleSettings.MAX_LIMIT + ", not " + authFailureLimit);
        }
        return new ThrottleSettings(keyRateLimit, authFailureLimit);
    }

    private ServerSettings loadTls(ServerSettings plain) {
        if (tlsKeystore == null) {
            if (tlsKeystorePassword != null) {
                throw new ConfigurationException("--tls-keystore-password is set but --tls-keystore is not; "
                        + "give both to serve HTTPS, or neither");
            }
            return plain;
        }
        if (tlsKeystorePassword == null) {
            throw new ConfigurationException("--tls-keystore " + tlsKeystore
                    + ": no password; give --tls-keystore-password or, better, USERS_TLS_KEYSTORE_PASSWORD");
        }
        try {
            return plain.withTls(TlsSettings.fromPkcs12(tlsKeystore, tlsKeystorePassword.toCharArray()));
        } catch (TlsSettings.UnusableKeystoreException unusable) {
            throw new ConfigurationException("--tls-keystore " + tlsKeystore + ": " + unusable.getMessage());
        }
    }

    private ApiKeyRegistry loadKeys() {
        ApiKeyRegistry keys = new ApiKeyRegistry(List.of());
        if (apiKeysFile != null) {
            try {
                keys = new ApiKeyRegistry(ApiKeysFile.read(apiKeysFile));
            } catch (IOException | IllegalArgumentException invalid) {
                throw new ConfigurationException("--api-keys " + apiKeysFile + ": " + ExitStatus.messageOf(invalid));
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
}
