package dev.usersapi.http;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Tells the calls of the API proper (under {@code /api/}) from the rest: health, metrics, docs.
 * Judged on the path as the router matches it, so that the key check and the router never
 * disagree: the strict edge has already spelled escaped unreserved characters plainly
 * ({@code /%61pi/users/x} arrives as {@code /api/users/x}) and refused raw {@code ;}, and a path
 * such as {@code /api%2Fusers%2Fx} matches no resource either way.
 */
public final class ApiPaths {

    private ApiPaths() {}

    /** The request's path as sent, relative to the application's root, without a leading slash. */
    public static String path(ContainerRequestContext request) {
        return request.getUriInfo().getPath(false);
    }

    public static boolean isUnderApi(ContainerRequestContext request) {
        return isUnderApi(path(request));
    }

    /** @param path as {@link #path} gives it */
    public static boolean isUnderApi(String path) {
        if (!path.startsWith("api")) {
            return false;
        }
        // "api;v=1/users/x" as well, should it ever get past the edge: Jersey leaves matrix
        // parameters out when it matches a path.
        return path.length() == 3 || path.charAt(3) == '/' || path.charAt(3) == ';';
    }
}
