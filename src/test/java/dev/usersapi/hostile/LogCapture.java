package dev.usersapi.hostile;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * Captures everything the server logs while the suite runs, at INFO and above (the production
 * level, so the access log is in it), and checks each line as it arrives: hostile input must not
 * turn into stack traces, raw control characters (forged lines, terminal escapes) or huge lines in
 * the log. The console appender is detached meanwhile: ten thousand access-log lines would bury
 * the report.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> {

    static final int MAX_LINE = 2_000;

    private final Findings findings;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private Level previousLevel;
    private int lines;
    private int warnings;

    LogCapture(Findings findings) {
        this.findings = findings;
    }

    void begin() {
        setContext(root.getLoggerContext());
        setName("hostile-suite-capture");
        start();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            detached.add(it.next());
        }
        detached.forEach(root::detachAppender);
        root.addAppender(this);
        previousLevel = root.getLevel();
        root.setLevel(Level.INFO);
    }

    void end() {
        root.detachAppender(this);
        detached.forEach(root::addAppender);
        root.setLevel(previousLevel);
        stop();
    }

    synchronized int lines() {
        return lines;
    }

    synchronized int warnings() {
        return warnings;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        lines++;
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            warnings++;
        }
        StringBuilder line = new StringBuilder();
        line.append(event.getLevel())
                .append(" [")
                .append(event.getThreadName())
                .append("] ")
                .append(event.getLoggerName())
                .append(" request_id=")
                .append(event.getMDCPropertyMap().getOrDefault("request_id", "-"))
                .append(' ')
                .append(event.getFormattedMessage());
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                line.append(' ').append(pair.key).append('=').append(pair.value);
            }
        }
        for (Map.Entry<String, String> entry : event.getMDCPropertyMap().entrySet()) {
            line.append(' ').append(entry.getKey()).append('=').append(entry.getValue());
        }
        String text = line.toString();
        String example = Escapes.of(Escapes.latin1(text.length() > 600 ? text.substring(0, 600) : text));
        if (event.getThrowableProxy() != null) {
            findings.add(
                    "log",
                    "stack trace logged",
                    example + " :: " + event.getThrowableProxy().getClassName() + ": "
                            + event.getThrowableProxy().getMessage());
        }
        if (text.contains("\tat ") || text.contains("Exception:")) {
            findings.add("log", "stack-trace text in a log line", example);
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            findings.add("log", "raw control character in a log line", example);
        }
        if (text.length() > MAX_LINE) {
            findings.add("log", "log line longer than " + MAX_LINE + " characters", example);
        }
    }
}
