package dev.usersapi.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.Set;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.RuntimeResource;

/**
 * Refuses OPTIONS with 405, as the contract says of every method a path does not support. Jersey
 * answers OPTIONS on every resource by itself (200 with a plain-text list of methods), which is
 * outside the contract; no resource of this server declares OPTIONS, so a request matched to an
 * OPTIONS method is always matched to Jersey's. The {@code Allow} header lists the path's methods.
 */
@Priority(Priorities.AUTHORIZATION - 100)
public final class OptionsRefusalFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equalsIgnoreCase(request.getMethod())
                || !(request.getUriInfo() instanceof ExtendedUriInfo uriInfo)
                || uriInfo.getMatchedRuntimeResources().isEmpty()) {
            return;
        }
        Set<String> declared = new LinkedHashSet<>();
        // The first runtime resource is the one the request matched; its methods are the path's.
        RuntimeResource resource = uriInfo.getMatchedRuntimeResources().get(0);
        for (ResourceMethod method : resource.getResourceMethods()) {
            if (!HttpMethod.OPTIONS.equalsIgnoreCase(method.getHttpMethod())) {
                declared.add(method.getHttpMethod());
            }
        }
        throw new NotAllowedException(Response.status(Response.Status.METHOD_NOT_ALLOWED)
                .allow(declared)
                .build());
    }
}
