package dev.usersapi.problems;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the contract's name of a resource method parameter: the value of its {@code @PathParam},
 * {@code @QueryParam}, ... annotation. Those annotations sit on the generated interface, not on the
 * implementing method, so the interface method is looked up as well.
 */
final class ParameterNames {

    /** What the errors of a problem call the request body as a whole. */
    static final String BODY = "body";

    private final Map<Method, String[]> namesByMethod = new ConcurrentHashMap<>();

    String contractNameOf(Method resourceMethod, Path propertyPath) {
        Iterator<Path.Node> nodes = propertyPath.iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.PARAMETER && resourceMethod != null) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                String[] names = namesByMethod.computeIfAbsent(resourceMethod, ParameterNames::namesOf);
                if (index < names.length && names[index] != null) {
                    return names[index];
                }
                return bodyFieldOf(nodes);
            }
        }
        return propertyPath.toString();
    }

    /**
     * A parameter without a name in the contract is the request body: the name of its field that
     * broke a rule, spelled as the contract spells it ({@code ip_address} for the model's
     * {@code ipAddress}), or {@value #BODY} for the body as a whole.
     */
    private static String bodyFieldOf(Iterator<Path.Node> nodesAfterBody) {
        if (nodesAfterBody.hasNext()) {
            Path.Node field = nodesAfterBody.next();
            if (field.getKind() == ElementKind.PROPERTY && field.getName() != null) {
                return snakeCase(field.getName());
            }
        }
        return BODY;
    }

    /** The contract's names are lower case with underscores; the models' are their camel case. */
    private static String snakeCase(String camelCase) {
        StringBuilder name = new StringBuilder(camelCase.length() + 4);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    private static String[] namesOf(Method method) {
        String[] names = new String[method.getParameterCount()];
        fill(names, method);
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            try {
                fill(names, type.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException notDeclaredThere) {
                // this interface does not declare the method: nothing to learn from it
            }
        }
        return names;
    }

    private static void fill(String[] names, Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                String name = nameIn(annotation);
                if (name != null && names[i] == null) {
                    names[i] = name;
                }
            }
        }
    }

    private static String nameIn(Annotation annotation) {
        if (annotation instanceof PathParam param) {
            return param.value();
        }
        if (annotation instanceof QueryParam param) {
            return param.value();
        }
        if (annotation instanceof HeaderParam param) {
            return param.value();
        }
        if (annotation instanceof CookieParam param) {
            return param.value();
        }
        if (annotation instanceof FormParam param) {
            return param.value();
        }
        return null;
    }
}
