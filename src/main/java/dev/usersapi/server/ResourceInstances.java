package dev.usersapi.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

/**
 * Resources served through instances made here rather than by Jersey. Each resource model is
 * built from its class, which finds the annotations the generator put on an API interface
 * (JAX-RS does not otherwise inherit a class-level {@code @Path} from an interface), and one
 * binder hands Jersey the instances, so it neither constructs them nor warns about them. Instances
 * bound so are not injected by Jersey; their {@code @Context} fields (a {@code Provider} of the
 * request being served, say) are filled in once the application has started.
 */
final class ResourceInstances {

    private final Map<Class<?>, Object> instances = new LinkedHashMap<>();

    <T> void add(Class<T> type, T instance) {
        instances.put(type, instance);
    }

    void registerIn(ResourceConfig config) {
        instances.keySet().forEach(type -> config.registerResources(Resource.from(type)));
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                instances.forEach(this::bindInstance);
            }

            @SuppressWarnings({"unchecked", "rawtypes"})
            private void bindInstance(Class type, Object instance) {
                bind(instance).to(type);
            }
        });
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
}
