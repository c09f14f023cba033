package dev.usersapi.cli;

import ch.qos.logback.classic.LoggerContext;
import dev.usersapi.logging.LoggingConfigurator;
import org.slf4j.LoggerFactory;

/** How log lines are written: plain text for people, or one JSON object per line for collectors. */
public enum LogFormat {
    text,
    json;

    /** Switches logging to this format, unless a logging configuration file is in charge. */
    void apply() {
        if (LoggingConfigurator.isOverriddenByAFile()) {
            return;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (!LoggingConfigurator.isConfigured(context, this == json)) {
            context.reset();
            LoggingConfigurator.configure(context, this == json);
        }
    }
}
