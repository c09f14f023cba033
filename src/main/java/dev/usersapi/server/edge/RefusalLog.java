package dev.usersapi.server.edge;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refused requests without letting a client flood the log: at most one line per interval,
 * saying how many more were refused since the last line. A line holds the peer's address, the
 * status and the server's own fixed detail, never bytes of the request.
 */
final class RefusalLog {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);
    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final AtomicLong nextLineAt = new AtomicLong(System.nanoTime());
    private final AtomicLong suppressed = new AtomicLong();

    void refused(SocketAddress peer, Refusal refusal) {
        long now = System.nanoTime();
        long due = nextLineAt.get();
        if (now - due < 0 || !nextLineAt.compareAndSet(due, now + INTERVAL_NANOS)) {
            suppressed.incrementAndGet();
            return;
        }
        long others = suppressed.getAndSet(0);
        LOG.warn(
                "Refused a malformed request from {}: {} {} ({} more refused since the last such line)",
                address(peer),
                refusal.status(),
                refusal.detail(),
                others);
    }

    private static String address(SocketAddress peer) {
        if (peer instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return "an unknown address";
    }
}
