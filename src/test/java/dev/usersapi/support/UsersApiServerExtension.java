package dev.usersapi.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.http.auth.ApiKey;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.auth.Scopes;
import dev.usersapi.http.throttling.ThrottleSettings;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.server.RunningServer;
import dev.usersapi.server.ServerAssembly;
import dev.usersapi.server.ServerSettings;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real server on a free port once per test class, with three API keys (every scope:
 * read, write and the audit log; read only; write only), and hands out REST-assured requests whose responses are all
 * validated against {@code api/openapi.yaml}. The server throttles with the default limits unless
 * {@link #throttledBy} says otherwise.
 *
 * <p>{@link #contractTarget()} instead points the tests at a running deployment when the system
 * property {@code contract.baseUrl} is set (see {@link DeploymentTarget}).
 */
public final class UsersApiServerExtension implements BeforeAllCallback, AfterAllCallback {

    public static final Path CONTRACT = Path.of("api", "openapi.yaml");

    private static final OpenApiValidationFilter CONTRACT_VALIDATION =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(
                            CONTRACT.toAbsolutePath().toUri().toString())
                    .withResolveCombinators(true)
                    // Tests send bad requests on purpose; it is the responses that must keep the contract.
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private final Supplier<UserRepository> repositoryFactory;
    private final DeploymentTarget deployment;
    private final ThrottleSettings throttle;
    private final String writerSecret;
    private final String readerSecret;
    private final String writeOnlySecret = "write-only-" + UUID.randomUUID();
    private RunningServer server;

    private UsersApiServerExtension(
            Supplier<UserRepository> repositoryFactory, DeploymentTarget deployment, ThrottleSettings throttle) {
        this.repositoryFactory = repositoryFactory;
        this.deployment = deployment;
        this.throttle = throttle;
        this.writerSecret = deployment != null ? deployment.writerKey() : "writer-" + UUID.randomUUID();
        this.readerSecret = deployment != null ? deployment.readerKey() : "reader-" + UUID.randomUUID();
    }

    /** The deployment named by {@code contract.baseUrl} if there is one, else a local in-memory server. */
    public static UsersApiServerExtension contractTarget() {
        return new UsersApiServerExtension(
                TestStores::memory, DeploymentTarget.fromSystemProperties().orElse(null), ThrottleSettings.DEFAULTS);
    }

    /** Whether the tests run against an external deployment rather than a server of their own. */
    public boolean isExternal() {
        return deployment != null;
    }

    /**
     * The id of an existing user the test may unblock: prepared here, blocked, for a local
     * server; the one named by {@code contract.userId} for a deployment.
     */
    public String existingUser(String prefix) {
        if (deployment != null) {
            return deployment.userId();
        }
        return store(
                TestUsers.user(prefix).blockedUntil(TestUsers.FAR_FUTURE, 5).build());
    }

    /** A server of the tests' own on the memory store: for tests of the HTTP edge, which no store changes. */
    public static UsersApiServerExtension standard() {
        return new UsersApiServerExtension(TestStores::memory, null, ThrottleSettings.DEFAULTS);
    }

    /** A server of the tests' own on the memory store seen through a wrapper: to make some calls fail, say. */
    public static UsersApiServerExtension standardWrappedIn(UnaryOperator<UserRepository> wrapper) {
        return new UsersApiServerExtension(() -> wrapper.apply(TestStores.memory()), null, ThrottleSettings.DEFAULTS);
    }

    public static UsersApiServerExtension with(Supplier<UserRepository> repositoryFactory) {
        return new UsersApiServerExtension(repositoryFactory, null, ThrottleSettings.DEFAULTS);
    }

    /** The same server, throttling with these limits instead of the defaults. */
    public UsersApiServerExtension throttledBy(ThrottleSettings limits) {
        if (deployment != null) {
            throw new IllegalStateException("a deployment's limits are its own");
        }
        return new UsersApiServerExtension(repositoryFactory, null, limits);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (deployment != null) {
            return;
        }
        ApiKeyRegistry keys = new ApiKeyRegistry(List.of(
                key("test-writer", writerSecret, Scopes.USERS_READ, Scopes.USERS_WRITE, Scopes.LOGS_READ),
                key("test-reader", readerSecret, Scopes.USERS_READ),
                key("test-write-only", writeOnlySecret, Scopes.USERS_WRITE)));
        server = ServerAssembly.of(
                        new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5)).withThrottle(throttle),
                        keys,
                        repositoryFactory)
                .start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    public URI baseUri() {
        return deployment != null ? deployment.baseUri() : server.baseUri();
    }

    public UserRepository repository() {
        if (server == null) {
            throw new IllegalStateException("a deployment's store cannot be reached from the tests");
        }
        return server.repository();
    }

    /** Stores the user and returns its id. */
    public String store(UserAccount account) {
        repository().upsertAll(List.of(account));
        return account.userId();
    }

    /** A request with no API key, checked against the contract. */
    public RequestSpecification anonymous() {
        return given().baseUri(baseUri().toString()).filter(CONTRACT_VALIDATION);
    }

    /** A request with a key that has every scope: {@code users:read}, {@code users:write}, {@code logs:read}. */
    public RequestSpecification asWriter() {
        return anonymous().header("X-API-KEY", writerSecret);
    }

    /** A request with a key that may only read users ({@code users:read}; not the audit log). */
    public RequestSpecification asReader() {
        return anonymous().header("X-API-KEY", readerSecret);
    }

    /** The secret of the read-only key, for clients other than REST-assured. */
    public String readerSecret() {
        return readerSecret;
    }

    /** A request with a key that may only unblock. */
    public RequestSpecification asWriteOnly() {
        return anonymous().header("X-API-KEY", writeOnlySecret);
    }

    /** The secret of the key with every scope, for clients other than REST-assured. */
    public String writerSecret() {
        return writerSecret;
    }

    /**
     * A request to a path the contract does not describe, so there is no operation to validate
     * the response against; such tests check the problem document themselves.
     */
    public RequestSpecification outsideContract() {
        return outsideContractWithoutKey().header("X-API-KEY", writerSecret);
    }

    /** A request with no API key to a path the contract does not describe, such as the API docs. */
    public RequestSpecification outsideContractWithoutKey() {
        return given().baseUri(baseUri().toString());
    }

    private static ApiKey key(String id, String secret, String... scopes) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        return new ApiKey(id, digest, Set.of(scopes));
    }
}
