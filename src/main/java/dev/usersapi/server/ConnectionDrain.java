package dev.usersapi.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.ConnectionProbe;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * What a graceful stop needs to know and change: the open client connections, the requests in
 * flight, and whether the server is draining, in which case every response closes its connection
 * ({@link HttpCodecFixes} adds {@code Connection: close}).
 *
 * <p>Grizzly's own graceful shutdown is not enough on its own: it answers every request that
 * arrives on an open keep-alive connection after the shutdown began with a 503, and its responses
 * to the requests in flight keep their connections alive, so clients send more requests into the
 * 503s or into connections that are about to be closed under them.
 */
@SuppressWarnings("rawtypes") // Grizzly's probe interfaces use the raw Connection type
final class ConnectionDrain {

    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;
    private volatile long lastActivity = System.nanoTime();

    /** Counts client connections; register on the transport before it starts. */
    ConnectionProbe connectionProbe() {
        return new ConnectionProbe.Adapter() {
            @Override
            public void onAcceptEvent(Connection serverConnection, Connection clientConnection) {
                open.add(clientConnection);
            }

            @Override
            public void onCloseEvent(Connection connection) {
                open.remove(connection);
            }
        };
    }

    /** Counts requests in flight; register on the HTTP server before it starts. */
    HttpServerProbe requestProbe() {
        return new HttpServerProbe.Adapter() {
            @Override
            public void onRequestReceiveEvent(HttpServerFilter filter, Connection connection, Request request) {
                inFlight.incrementAndGet();
                if (draining) {
                    lastActivity = System.nanoTime();
                }
            }

            @Override
            public void onRequestCompleteEvent(HttpServerFilter filter, Connection connection, Response response) {
                inFlight.decrementAndGet();
                if (draining) {
                    lastActivity = System.nanoTime();
                }
            }
        };
    }

    /** From now on every response closes its connection. */
    void begin() {
        lastActivity = System.nanoTime();
        draining = true;
    }

    boolean isDraining() {
        return draining;
    }

    int openConnections() {
        return open.size();
    }

    int requestsInFlight() {
        return Math.max(0, inFlight.get());
    }

    /**
     * Waits until every client connection is closed, or until no request has been in flight for
     * {@code quiet} (the connections left are idle, and closing them races no request the server
     * has seen), or until the deadline.
     *
     * @return whether no request is in flight
     */
    boolean awaitSettled(long deadlineNanos, Duration quiet) throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            boolean idle = inFlight.get() <= 0;
            if ((open.isEmpty() && idle) || (idle && now - lastActivity >= quiet.toNanos())) {
                return true;
            }
            if (now - deadlineNanos >= 0) {
                return idle;
            }
            Thread.sleep(Math.max(1, Math.min(10, (deadlineNanos - now) / 1_000_000)));
        }
    }
}
