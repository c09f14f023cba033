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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the contract's name of a resource method parameter: the value of its {@code @PathParam},
 * {@code @QueryParam}, ... annotation. Those annotations sit on the generated interface, not on the
 * implementing method, so the interface method is looked up as well.
 */
final class ParameterNames {

    private final Map<Method, String[]> namesByMethod = new ConcurrentHashMap<>();

    String contractNameOf(Method resourceMethod, Path propertyPath) {
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.PARAMETER && resourceMethod != null) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                String[] names = namesByMethod.computeIfAbsent(resourceMethod, ParameterNames::namesOf);
                if (index < names.length && names[index] != null) {
                    return names[index];
                }
                return node.getName();
            }
        }
        return propertyPath.toString();
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
