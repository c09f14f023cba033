package dev.usersapi.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.LoggerFactory;

/** How log lines are written: plain text for people, or one JSON object per line for collectors. */
public enum LogFormat {
    /** {@code logback.xml}, the configuration logging starts with. */
    text,
    /** {@code logback-json.xml}: the same loggers and levels, written as JSON lines. */
    json;

    /** Switches logging to this format, unless it is the one logging started with. */
    void apply() {
        if (this == text) {
            return;
        }
        URL configuration = LogFormat.class.getResource("/logback-json.xml");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException broken) {
            throw new IllegalStateException("the JSON logging configuration cannot be loaded", broken);
        }
    }
}
