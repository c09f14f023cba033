package dev.usersapi.domain.logs;

import dev.usersapi.domain.AuditEvent;
import java.util.Objects;

/** One condition of a log listing's filter; an entry must meet every condition of the filter. */
public sealed interface LogCondition {

    /** Whether the event meets the condition, as every store must decide it. */
    boolean matches(AuditEvent event);

    /** The events of one user. */
    record UserIs(String userId) implements LogCondition {
        public UserIs {
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public boolean matches(AuditEvent event) {
            return event.userId().equals(userId);
        }
    }

    /** The events with one code. */
    record CodeIs(String code) implements LogCondition {
        public CodeIs {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public boolean matches(AuditEvent event) {
            return event.type().equals(code);
        }
    }

    /** The events that happened from {@code min} to {@code max} (epoch seconds), both included. */
    record TimeInRange(long min, long max) implements LogCondition {
        @Override
        public boolean matches(AuditEvent event) {
            return event.epochSecond() >= min && event.epochSecond() <= max;
        }

        /** Whether no time is in the range. */
        public boolean isEmpty() {
            return min > max;
        }
    }
}
