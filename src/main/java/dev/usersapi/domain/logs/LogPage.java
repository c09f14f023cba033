package dev.usersapi.domain.logs;

import dev.usersapi.domain.AuditEvent;
import java.util.List;

/** One page of a log listing, and how many events match its conditions in all. */
public record LogPage(List<AuditEvent> events, long totalCount) {

    public LogPage {
        events = List.copyOf(events);
    }
}
