package dev.usersapi.logging;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.hook.DefaultShutdownHook;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The program's logging, set up in code rather than from a {@code logback.xml}: reading XML
 * would load an XML parser and logback's configuration model, several hundred classes, at every
 * start. Logs go to standard error, through an asynchronous appender that never blocks a request;
 * standard output carries only what the command line prints.
 *
 * <p>Lines are text, or one JSON object per line when the environment variable
 * {@code USERS_LOG_FORMAT} is {@code json} (serve's log-format option switches too, through
 * {@link #configure(LoggerContext, boolean)}).
 *
 * <p>A configuration file still wins when there is one: {@code -Dlogback.configurationFile=FILE},
 * or a {@code logback-test.xml} on the class path (the tests' own).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {

    static final String PATTERN =
            "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} request_id=%X{request_id:--} %msg%n";
    /** Lines queued for writing; beyond that they are dropped rather than make a request wait. */
    static final int QUEUE_SIZE = 8_192;
    /** The context property that records which format the context was set up with. */
    private static final String FORMAT_PROPERTY = "users.log.format";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (isOverriddenByAFile()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, "json".equalsIgnoreCase(System.getenv("USERS_LOG_FORMAT")));
        // Flush what the asynchronous appender holds when the JVM exits.
        DefaultShutdownHook flush = new DefaultShutdownHook();
        flush.setContext(context);
        Runtime.getRuntime().addShutdownHook(new Thread(flush, "logback-flush"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether a configuration file is in charge instead of this class. */
    public static boolean isOverriddenByAFile() {
        return System.getProperty("logback.configurationFile") != null
                || LoggingConfigurator.class.getClassLoader().getResource("logback-test.xml") != null;
    }

    /** Whether the context is set up by this class already, writing JSON lines or text as asked. */
    public static boolean isConfigured(LoggerContext context, boolean json) {
        return formatName(json).equals(context.getProperty(FORMAT_PROPERTY));
    }

    private static String formatName(boolean json) {
        return json ? "json" : "text";
    }

    /** Sets up the appenders and levels, writing text or JSON lines. */
    public static void configure(LoggerContext context, boolean json) {
        context.putProperty(FORMAT_PROPERTY, formatName(json));
        // java.util.logging (Grizzly, Jersey) is bridged to SLF4J; keep its levels in step with these.
        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        julLevels.start();
        context.addListener(julLevels);

        Encoder<ILoggingEvent> encoder = json ? jsonEncoder(context) : textEncoder(context);

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();

        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("ASYNC");
        async.setNeverBlock(true);
        async.setQueueSize(QUEUE_SIZE);
        async.addAppender(console);
        async.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(async);
        // The pool announces every start and stop at INFO; its warnings and errors are what matter.
        context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
        // Migrations are summarised by the repository in one line.
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        ClientDisconnectFilter disconnects = new ClientDisconnectFilter();
        disconnects.setContext(context);
        disconnects.start();
        context.addTurboFilter(disconnects);
    }

    private static Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithArguments(false);
        encoder.setWithMessage(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }
}
