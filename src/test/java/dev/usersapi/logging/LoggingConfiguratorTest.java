package dev.usersapi.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The logging set up in code keeps what the XML configuration it replaced had. */
class LoggingConfiguratorTest {

    @Test
    void linesGoThroughALargeQueueThatNeverBlocks() {
        LoggerContext context = new LoggerContext();
        try {
            LoggingConfigurator.configure(context, false);

            AsyncAppender queue =
                    (AsyncAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("ASYNC");
            assertEquals(LoggingConfigurator.QUEUE_SIZE, queue.getQueueSize());
            assertTrue(queue.isNeverBlock());
            assertEquals(Level.WARN, context.getLogger("com.zaxxer.hikari").getLevel());
        } finally {
            context.stop();
        }
    }

    @Test
    void javaUtilLoggingLevelsFollowTheConfiguredOnes() {
        LoggerContext context = new LoggerContext();
        try {
            LoggingConfigurator.configure(context, true);

            context.getLogger("dev.usersapi.logging-test").setLevel(Level.ERROR);

            assertEquals(
                    java.util.logging.Level.SEVERE,
                    java.util.logging.Logger.getLogger("dev.usersapi.logging-test")
                            .getLevel());
        } finally {
            context.stop();
        }
    }

    @Test
    void aResponseTheClientHungUpOnIsNotLoggedAsAnErrorButOtherWriteFailuresAre() {
        LoggerContext context = new LoggerContext();
        try {
            LoggingConfigurator.configure(context, false);
            ListAppender<ILoggingEvent> seen = new ListAppender<>();
            seen.setContext(context);
            seen.start();
            ch.qos.logback.classic.Logger responder = context.getLogger(ClientDisconnectFilter.RESPONDER_LOGGER);
            responder.addAppender(seen);
            String message =
                    "An I/O error has occurred while writing a response message entity to the container output stream.";

            responder.error(message, new IllegalStateException(new IOException("Connection is closed")));
            responder.error(message, new IllegalStateException("a writer failed"));

            assertEquals(1, seen.list.size());
            assertEquals("a writer failed", seen.list.get(0).getThrowableProxy().getMessage());
        } finally {
            context.stop();
        }
    }
}
