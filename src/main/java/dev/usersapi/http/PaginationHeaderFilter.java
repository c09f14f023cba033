package dev.usersapi.http;

import dev.usersapi.contract.Paginated;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.util.List;

/**
 * Puts a listing's page data in the {@code X-Pagination} header, as the contract has it: the
 * operation returns a list, whose page data has no place in the body. A filter rather than the
 * body writer, so that a HEAD request gets the header too. Bound only to operations that return a
 * list, so that no other request pays for it.
 */
public final class PaginationHeaderFilter implements ContainerResponseFilter {

    public static final String HEADER = "X-Pagination";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Paginated page) {
            response.getHeaders().putSingle(HEADER, page.paginationJson());
        }
    }

    /** Binds the filter to the resource methods that return a list. */
    public static final class Binding implements DynamicFeature {

        @Override
        public void configure(ResourceInfo resource, FeatureContext context) {
            if (List.class.isAssignableFrom(resource.getResourceMethod().getReturnType())) {
                context.register(PaginationHeaderFilter.class);
            }
        }
    }
}
