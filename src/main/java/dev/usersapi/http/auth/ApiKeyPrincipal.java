package dev.usersapi.http.auth;

import java.security.Principal;
import java.util.Set;

/**
 * The caller of an authenticated request, as the request's {@code SecurityContext} gives it: the
 * API key's id (never its secret) and its scopes.
 */
public record ApiKeyPrincipal(String keyId, Set<String> scopes) implements Principal {

    public ApiKeyPrincipal {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String getName() {
        return keyId;
    }

    /** The key id of the request's caller, or null if the request was not authenticated. */
    public static String keyIdOf(jakarta.ws.rs.core.SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof ApiKeyPrincipal caller
                ? caller.keyId()
                : null;
    }
}
