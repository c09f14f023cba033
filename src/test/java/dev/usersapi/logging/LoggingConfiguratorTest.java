package dev.usersapi.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
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
}
