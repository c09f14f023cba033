package dev.usersapi.http;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Tells the calls of the API proper (under {@code /api/}) from the rest: health, metrics, docs.
 * Judged on the percent-decoded path, which is what a path means: {@code /%61pi/users/x} is
 * {@code /api/users/x}, and whatever decodes it on the way (a proxy in front, another router) must
 * not find it unguarded because it was spelled with escapes.
 */
public final class ApiPaths {

    private ApiPaths() {
    }

    /** The request's decoded path relative to the application's root, without a leading slash. */
    public static String decodedPath(ContainerRequestContext request) {
        // Jersey decodes the path once per request and keeps it, so asking again costs nothing.
        return request.getUriInfo().getPath(true);
    }

    public static boolean isUnderApi(ContainerRequestContext request) {
        return isUnderApi(decodedPath(request));
    }

    /** @param decodedPath as {@link #decodedPath} gives it */
    public static boolean isUnderApi(String decodedPath) {
        if (!decodedPath.startsWith("api")) {
            return false;
        }
        // "api;v=1/users/x" as well: Jersey leaves matrix parameters out when it matches a path.
        return decodedPath.length() == 3 || decodedPath.charAt(3) == '/' || decodedPath.charAt(3) == ';';
    }
}
