package dev.usersapi.cli;

import java.util.List;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into a request to stop, so that {@code serve} can drain and
 * exit with a status of its own: 0 once every request was answered. Left to the JVM, these
 * signals run the shutdown hooks and end the process with status 143 or 130 whatever happened,
 * which service managers such as systemd count as a failure.
 *
 * <p>{@code sun.misc.Signal} (module jdk.unsupported) is the JDK's only way to handle a signal.
 * Where it cannot be used (the JVM runs with {@code -Xrs}, or another handler owns the signal),
 * the JVM's own handling stays, and the shutdown hook of {@link ServeCommand} still drains.
 */
final class StopSignals {

    private static final List<String> NAMES = List.of("TERM", "INT");

    private StopSignals() {
    }

    /** Runs {@code onStop} (on a thread of the JVM's) whenever SIGTERM or SIGINT arrives. */
    static void install(Runnable onStop) {
        for (String name : NAMES) {
            try {
                Signal.handle(new Signal(name), signal -> onStop.run());
            } catch (IllegalArgumentException unavailable) {
                // the JVM keeps its own handling of this signal
            }
        }
    }
}
