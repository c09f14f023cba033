package dev.usersapi.http;

import dev.usersapi.problems.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The generated resource methods produce both {@code application/json} and
 * {@code application/problem+json}, so a client that puts the problem type first in its Accept
 * header would get a successful User labelled as a problem. The contract says a success is always
 * {@code application/json}; this filter makes it so.
 */
public final class SuccessMediaTypeFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
                && Problems.MEDIA_TYPE_TYPE.isCompatible(response.getMediaType())) {
            response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
