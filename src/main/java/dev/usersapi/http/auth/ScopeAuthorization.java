package dev.usersapi.http.auth;

import dev.usersapi.problems.ApiProblemException;
import dev.usersapi.problems.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;

/**
 * Binds a scope check to every operation of the generated API interfaces, with the scope the
 * contract names for it. An operation that the contract neither marks public nor gives a scope
 * stops the server from starting: an unguarded operation is a bug, not a default.
 */
public final class ScopeAuthorization implements DynamicFeature {

    private static final String GENERATED_API_PACKAGE = "dev.usersapi.generated.api";

    private final OperationScopes scopes;

    public ScopeAuthorization(OperationScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        if (!implementsGeneratedApi(resourceInfo.getResourceClass()) || scopes.isPublic(method.getName())) {
            return;
        }
        String scope = scopes.scopeOf(method.getName())
                .orElseThrow(() -> new IllegalStateException(
                        "operation " + method.getName() + " has no x-required-scope in the contract"));
        context.register(new RequireScope(scope));
    }

    private static boolean implementsGeneratedApi(Class<?> resourceClass) {
        if (resourceClass.getPackageName().equals(GENERATED_API_PACKAGE)) {
            return true;
        }
        for (Class<?> type : resourceClass.getInterfaces()) {
            if (type.getPackageName().equals(GENERATED_API_PACKAGE)) {
                return true;
            }
        }
        return false;
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RequireScope implements ContainerRequestFilter {

        private final String scope;

        RequireScope(String scope) {
            this.scope = scope;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!request.getSecurityContext().isUserInRole(scope)) {
                String keyId = request.getSecurityContext().getUserPrincipal() == null
                        ? "this key"
                        : "'" + request.getSecurityContext().getUserPrincipal().getName() + "'";
                throw new ApiProblemException(
                        ProblemType.FORBIDDEN, "The API key " + keyId + " lacks the scope '" + scope + "'.");
            }
        }
    }
}
