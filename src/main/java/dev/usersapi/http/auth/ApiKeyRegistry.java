package dev.usersapi.http.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys the server accepts. A presented secret is hashed and compared with every key's
 * digest in constant time, always visiting all keys, so response timing tells nothing about how
 * close a guess was.
 */
public final class ApiKeyRegistry {

    private final List<ApiKey> keys;

    public ApiKeyRegistry(List<ApiKey> keys) {
        Set<String> ids = new HashSet<>();
        for (ApiKey key : keys) {
            if (!ids.add(key.id())) {
                throw new IllegalArgumentException("two API keys have the id '" + key.id() + "'");
            }
        }
        this.keys = List.copyOf(keys);
    }

    /** A key with every scope for a secret given on the command line, for development. */
    public static ApiKey developmentKey(String secret) {
        return key("development", secret, Set.of(Scopes.USERS_READ, Scopes.USERS_WRITE, Scopes.LOGS_READ));
    }

    /** A key for a secret known in full, as a process that makes its own keys has it. */
    public static ApiKey key(String id, String secret, Set<String> scopes) {
        return new ApiKey(id, sha256(secret), scopes);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public List<ApiKey> keys() {
        return keys;
    }

    public ApiKeyRegistry with(ApiKey key) {
        List<ApiKey> more = new ArrayList<>(keys);
        more.add(key);
        return new ApiKeyRegistry(more);
    }

    public Optional<ApiKey> authenticate(String secret) {
        byte[] digest = sha256(secret);
        ApiKey match = null;
        for (ApiKey key : keys) {
            if (key.matchesDigest(digest)) {
                match = key;
            }
        }
        return Optional.ofNullable(match);
    }

    /**
     * One digest per thread, reused: looking SHA-256 up among the security providers costs more
     * than hashing a key, on every request. {@code digest} leaves it reset for the next use.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ApiKeyRegistry::newSha256);

    static byte[] sha256(String secret) {
        return SHA_256.get().digest(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
