package dev.usersapi.http.observability;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The route a request matched, as a template such as {@code /api/users/{user_id}/unblock}:
 * bounded in number, unlike raw paths, so it can label metrics and logs without leaking ids.
 */
final class RouteTemplates {

    static final String UNMATCHED = "UNMATCHED";
    private static final Map<ResourceMethod, String> BY_METHOD = new ConcurrentHashMap<>();

    private RouteTemplates() {}

    /** The request's route; worked out once per resource method, since each is reached by one route. */
    static String of(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo uriInfo)) {
            return UNMATCHED;
        }
        ResourceMethod method = uriInfo.getMatchedResourceMethod();
        if (method == null) {
            return UNMATCHED;
        }
        // There are no sub-resource locators, so the templates matched are the same every time.
        return BY_METHOD.computeIfAbsent(method, matched -> joined(uriInfo.getMatchedTemplates()));
    }

    private static String joined(List<UriTemplate> templates) {
        if (templates.isEmpty()) {
            return UNMATCHED;
        }
        StringBuilder route = new StringBuilder();
        // Jersey lists the innermost template first.
        for (int i = templates.size() - 1; i >= 0; i--) {
            String template = templates.get(i).getTemplate();
            if (template.isEmpty() || template.equals("/")) {
                continue;
            }
            if (!template.startsWith("/")) {
                route.append('/');
            }
            route.append(template.endsWith("/") ? template.substring(0, template.length() - 1) : template);
        }
        return route.length() == 0 ? "/" : route.toString();
    }
}
