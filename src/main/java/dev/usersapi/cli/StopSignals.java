package dev.usersapi.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into a request to stop, so that {@code serve} can drain and
 * exit with a status of its own: 0 once every request was answered. Left to the JVM, these
 * signals run the shutdown hooks and end the process with status 143 or 130 whatever happened,
 * which service managers such as systemd count as a failure.
 *
 * <p>{@code sun.misc.Signal} (module jdk.unsupported) is the JDK's only way to handle a signal.
 * It is reached by reflection: named in the source, it draws a compiler warning that cannot be
 * suppressed, and the build fails on warnings. Where it cannot be used (the JVM runs with
 * {@code -Xrs}, or another handler owns the signal), the JVM's own handling stays, and the
 * shutdown hook of {@link ServeCommand} still drains.
 */
final class StopSignals {

    private static final List<String> NAMES = List.of("TERM", "INT");

    private StopSignals() {}

    /** Runs {@code onStop} (on a thread of the JVM's) whenever SIGTERM or SIGINT arrives. */
    static void install(Runnable onStop) {
        Class<?> signalType;
        Class<?> handlerType;
        Method handle;
        try {
            signalType = Class.forName("sun.misc.Signal");
            handlerType = Class.forName("sun.misc.SignalHandler");
            handle = signalType.getMethod("handle", signalType, handlerType);
        } catch (ReflectiveOperationException unavailable) {
            return; // a JVM without jdk.unsupported: its own handling stays
        }
        Object handler = Proxy.newProxyInstance(
                StopSignals.class.getClassLoader(), new Class<?>[] {handlerType}, (proxy, method, args) -> {
                    if (method.getName().equals("handle")) {
                        onStop.run();
                        return null;
                    }
                    return switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "StopSignals handler";
                    };
                });
        for (String name : NAMES) {
            try {
                handle.invoke(null, signalType.getConstructor(String.class).newInstance(name), handler);
            } catch (InvocationTargetException refused) {
                // IllegalArgumentException: the JVM keeps its own handling of this signal
            } catch (ReflectiveOperationException unavailable) {
                return;
            }
        }
    }
}
