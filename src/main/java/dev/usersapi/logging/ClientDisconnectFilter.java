package dev.usersapi.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import org.slf4j.Marker;

/**
 * Drops Jersey's error report of a response it could not finish writing because the client had
 * closed the connection (a client that timed out, a load balancer that gave up). That is not a
 * failure of the server, and Jersey reports each one as an ERROR with a stack trace of some
 * seventy lines, so any client could fill the log by hanging up mid-answer. Other errors of the
 * same logger, without an I/O exception behind them, are kept.
 */
final class ClientDisconnectFilter extends TurboFilter {

    /** The Jersey class that writes responses and reports a failed write. */
    static final String RESPONDER_LOGGER = "org.glassfish.jersey.server.ServerRuntime$Responder";

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level level, String format, Object[] params, Throwable failure) {
        if (logger != null && RESPONDER_LOGGER.equals(logger.getName()) && causedByIo(failure)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
