package dev.usersapi.http.auth;

import dev.usersapi.http.ApiPaths;
import dev.usersapi.http.ApiProblemException;
import dev.usersapi.http.CallContext;
import dev.usersapi.http.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * Checks the {@code X-API-KEY} header of every request under {@code /api/} (and, if so configured,
 * of {@code /metrics}) before the request is matched to a resource, so a caller without a valid
 * key learns nothing else: not whether a path exists, nor whether a user does.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class ApiKeyAuthenticationFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-API-KEY";

    private final ApiKeyRegistry registry;
    private final boolean metricsNeedKey;

    /**
     * @param metricsNeedKey whether {@code /metrics} needs a key too (any valid key will do)
     */
    public ApiKeyAuthenticationFilter(ApiKeyRegistry registry, boolean metricsNeedKey) {
        this.registry = registry;
        this.metricsNeedKey = metricsNeedKey;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isProtected(ApiPaths.path(request))) {
            return;
        }
        String secret = request.getHeaderString(HEADER);
        if (secret == null || secret.isEmpty()) {
            throw new ApiProblemException(ProblemType.UNAUTHORIZED, "The request has no " + HEADER + " header.");
        }
        ApiKey key = registry.authenticate(secret).orElseThrow(() -> new ApiProblemException(
                ProblemType.UNAUTHORIZED, "The " + HEADER + " header does not match any API key."));
        CallContext.current().authenticatedAs(key.id());
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new ApiKeySecurityContext(key, secure));
    }

    /** @param path decoded: {@code /%61pi/users/x} is {@code /api/users/x} */
    private boolean isProtected(String path) {
        return ApiPaths.isUnderApi(path) || (metricsNeedKey && path.startsWith("metrics"));
    }

    /** Exposes the authenticated key as the principal and its scopes as roles. */
    record ApiKeySecurityContext(ApiKey key, boolean isSecure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return key::id;
        }

        @Override
        public boolean isUserInRole(String scope) {
            return key.scopes().contains(scope);
        }

        @Override
        public String getAuthenticationScheme() {
            return "ApiKey";
        }
    }
}
