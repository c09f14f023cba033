package dev.usersapi.http.auth;

import java.util.Set;

/**
 * A key that may call the API. Only the SHA-256 digest of its secret is kept.
 *
 * @param id a name for the key, safe to log
 * @param secretSha256 the SHA-256 digest of the secret
 * @param scopes what the key may do, such as {@code users:read}
 */
public record ApiKey(String id, byte[] secretSha256, Set<String> scopes) {

    public ApiKey {
        secretSha256 = secretSha256.clone();
        scopes = Set.copyOf(scopes);
    }

    @Override
    public byte[] secretSha256() {
        return secretSha256.clone();
    }

    boolean matchesDigest(byte[] digest) {
        return java.security.MessageDigest.isEqual(secretSha256, digest);
    }

    @Override
    public String toString() {
        return "ApiKey[id=" + id + ", scopes=" + scopes + "]";
    }
}
