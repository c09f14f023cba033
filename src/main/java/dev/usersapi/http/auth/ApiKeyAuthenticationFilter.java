package dev.usersapi.http.auth;

import dev.usersapi.http.ApiPaths;
import dev.usersapi.http.throttling.RequestThrottles;
import dev.usersapi.problems.ApiProblemException;
import dev.usersapi.problems.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.glassfish.grizzly.http.server.Request;

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
    private final RequestThrottles throttles;

    @Context
    private Provider<Request> connection;

    /**
     * @param metricsNeedKey whether {@code /metrics} needs a key too (any valid key will do)
     */
    public ApiKeyAuthenticationFilter(ApiKeyRegistry registry, boolean metricsNeedKey, RequestThrottles throttles) {
        this.registry = registry;
        this.metricsNeedKey = metricsNeedKey;
        this.throttles = throttles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = ApiPaths.path(request);
        boolean underApi = ApiPaths.isUnderApi(path);
        if (!underApi && !(metricsNeedKey && path.startsWith("metrics"))) {
            return;
        }
        if (underApi) {
            throttles.admitClient(this::peerAddress);
        }
        String secret = request.getHeaderString(HEADER);
        if (secret == null || secret.isEmpty()) {
            throw failed(underApi, "The request has no " + HEADER + " header.");
        }
        ApiKey key = registry.authenticate(secret).orElse(null);
        if (key == null) {
            throw failed(underApi, "The " + HEADER + " header does not match any API key.");
        }
        if (underApi) {
            throttles.admitKey(key.id());
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new ApiKeySecurityContext(key, secure));
    }

    private ApiProblemException failed(boolean underApi, String detail) {
        if (underApi) {
            throttles.failedAuthentication(this::peerAddress);
        }
        return new ApiProblemException(ProblemType.UNAUTHORIZED, detail);
    }

    /** The TCP peer's; never X-Forwarded-For, which any client can write. */
    private String peerAddress() {
        return connection.get().getRemoteAddr();
    }

    /** Exposes the authenticated key as the principal and its scopes as roles. */
    record ApiKeySecurityContext(ApiKeyPrincipal caller, boolean isSecure) implements SecurityContext {

        ApiKeySecurityContext(ApiKey key, boolean isSecure) {
            this(new ApiKeyPrincipal(key.id(), key.scopes()), isSecure);
        }

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String scope) {
            return caller.scopes().contains(scope);
        }

        @Override
        public String getAuthenticationScheme() {
            return "ApiKey";
        }
    }
}
