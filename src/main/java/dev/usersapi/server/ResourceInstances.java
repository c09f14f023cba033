package dev.usersapi.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

/**
 * Resources served through instances made here rather than by Jersey. Each resource model is
 * built from its class, which finds the annotations the generator put on an API interface
 * (JAX-RS does not otherwise inherit a class-level {@code @Path} from an interface), and then
 * rebuilt with every method handled by the instance, so Jersey neither constructs nor looks up
 * the resource. Any {@code @Context} fields of an instance are filled in once the application
 * has started.
 */
final class ResourceInstances {

    private final Map<Class<?>, Object> instances = new LinkedHashMap<>();

    <T> void add(Class<T> type, T instance) {
        instances.put(type, instance);
    }

    void registerIn(ResourceConfig config) {
        instances.forEach(
                (type, instance) -> handledBy(Resource.from(type), "", instance).forEach(config::registerResources));
        config.register(new ContainerLifecycleListener() {
            @Override
            public void onStartup(Container container) {
                InjectionManager injection = container.getApplicationHandler().getInjectionManager();
                instances.values().forEach(injection::inject);
            }

            @Override
            public void onReload(Container container) {
                // the application is never reloaded
            }

            @Override
            public void onShutdown(Container container) {
                // nothing to release
            }
        });
    }

    /**
     * The model as root resources, one per path that has methods, each method handled by the
     * given instance. A model built from a class has its methods handled by "an instance of the
     * class", which Jersey looks up in its injection container on every request (about a
     * fiftieth of the server's CPU time on the unblock path); and a method on a child path (such
     * as {@code /unblock}) costs Jersey a second round of matching and of template values, where
     * a root resource with the whole path is matched once.
     */
    private static List<Resource> handledBy(Resource model, String parentPath, Object instance) {
        String path = joined(parentPath, model.getPath());
        List<Resource> resources = new ArrayList<>();
        if (!model.getResourceMethods().isEmpty()) {
            Resource.Builder builder = Resource.builder(path);
            builder.name(model.getName());
            for (ResourceMethod method : model.getResourceMethods()) {
                builder.addMethod(method)
                        .handledBy(instance, method.getInvocable().getHandlingMethod());
            }
            resources.add(builder.build());
        }
        for (Resource child : model.getChildResources()) {
            resources.addAll(handledBy(child, path, instance));
        }
        return resources;
    }

    private static String joined(String parent, String child) {
        if (parent.isEmpty()) {
            return child;
        }
        String head = parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent;
        return child.startsWith("/") ? head + child : head + "/" + child;
    }
}
