package dev.usersapi.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.http.ApiObjectMapper;
import dev.usersapi.http.auth.ApiKey;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.http.auth.Scopes;
import dev.usersapi.repository.InMemoryUserRepository;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.server.ServerSettings;
import dev.usersapi.server.UsersApiServer;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real server on a free port once per test class, with three API keys (read and
 * write, read only, write only), and hands out REST-assured requests whose responses are all
 * validated against {@code api/openapi.yaml}.
 */
public final class UsersApiServerExtension implements BeforeAllCallback, AfterAllCallback {

    public static final Path CONTRACT = Path.of("api", "openapi.yaml");

    private static final OpenApiValidationFilter CONTRACT_VALIDATION = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                    .withResolveCombinators(true)
                    // Tests send bad requests on purpose; it is the responses that must keep the contract.
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private final Supplier<UserRepository> repositoryFactory;
    private final String writerSecret = "writer-" + UUID.randomUUID();
    private final String readerSecret = "reader-" + UUID.randomUUID();
    private final String writeOnlySecret = "write-only-" + UUID.randomUUID();
    private UserRepository repository;
    private UsersApiServer server;

    private UsersApiServerExtension(Supplier<UserRepository> repositoryFactory) {
        this.repositoryFactory = repositoryFactory;
    }

    public static UsersApiServerExtension inMemory() {
        return new UsersApiServerExtension(InMemoryUserRepository::new);
    }

    public static UsersApiServerExtension with(Supplier<UserRepository> repositoryFactory) {
        return new UsersApiServerExtension(repositoryFactory);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        repository = repositoryFactory.get();
        ApiKeyRegistry keys = new ApiKeyRegistry(List.of(
                key("test-writer", writerSecret, Scopes.USERS_READ, Scopes.USERS_WRITE),
                key("test-reader", readerSecret, Scopes.USERS_READ),
                key("test-write-only", writeOnlySecret, Scopes.USERS_WRITE)));
        server = UsersApiServer.start(new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5)),
                repository, keys, ApiObjectMapper.create(), Clock.systemUTC());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    public URI baseUri() {
        return server.baseUri();
    }

    public UserRepository repository() {
        return repository;
    }

    /** Stores the user and returns its id. */
    public String store(UserAccount account) {
        repository.upsertAll(List.of(account));
        return account.userId();
    }

    /** A request with no API key, checked against the contract. */
    public RequestSpecification anonymous() {
        return given().baseUri(baseUri().toString()).filter(CONTRACT_VALIDATION);
    }

    /** A request with a key that has both scopes. */
    public RequestSpecification asWriter() {
        return anonymous().header("X-API-KEY", writerSecret);
    }

    /** A request with a key that may only read. */
    public RequestSpecification asReader() {
        return anonymous().header("X-API-KEY", readerSecret);
    }

    /** A request with a key that may only unblock. */
    public RequestSpecification asWriteOnly() {
        return anonymous().header("X-API-KEY", writeOnlySecret);
    }

    /** The secret of the key with both scopes, for clients other than REST-assured. */
    public String writerSecret() {
        return writerSecret;
    }

    /**
     * A request to a path the contract does not describe, so there is no operation to validate
     * the response against; such tests check the problem document themselves.
     */
    public RequestSpecification outsideContract() {
        return given().baseUri(baseUri().toString()).header("X-API-KEY", writerSecret);
    }

    private static ApiKey key(String id, String secret, String... scopes) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        return new ApiKey(id, digest, Set.of(scopes));
    }
}
