package dev.usersapi.contract;

import dev.usersapi.domain.AuditCode;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.EventOrigin;
import dev.usersapi.generated.model.LogActor;
import dev.usersapi.generated.model.LogEntry;
import dev.usersapi.generated.model.LogRequest;
import dev.usersapi.generated.model.LogSystem;
import dev.usersapi.generated.model.LogTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Audit events as the audit log shows them: the contract's {@code LogEntry}. */
public final class LogEntries {

    private LogEntries() {}

    public static LogEntry toRepresentation(AuditEvent event) {
        AuditCode code = AuditCode.of(event.type())
                .orElseThrow(() -> new IllegalStateException("an audit event has an unknown code: " + event.type()));
        EventOrigin origin = event.origin();
        LogActor actor = event.actorKeyId() == null
                ? new LogActor().type(LogActor.TypeEnum.SYSTEM)
                : new LogActor().type(LogActor.TypeEnum.API_KEY).id(event.actorKeyId());
        return new LogEntry()
                .id(event.eventId().toString())
                .timeStamp(event.epochSecond())
                .category(LogEntry.CategoryEnum.BLOCKS)
                .name(code.displayName())
                .description(code.description())
                .type(code.madeByCaller() ? LogEntry.TypeEnum.SUCCESS : LogEntry.TypeEnum.INFORMATION)
                .code(LogEntry.CodeEnum.fromValue(code.code()))
                .system(new LogSystem().processId(origin.processId()).localIp(origin.localIp()))
                .request(new LogRequest()
                        .traceId(event.requestId())
                        .userAgent(origin.userAgent())
                        .remoteIp(origin.remoteIp()))
                .actor(actor)
                .targets(List.of(new LogTarget().type(LogTarget.TypeEnum.USER).id(event.userId())))
                .details(detailsOf(event));
    }

    /** The facts of the event, as the contract's {@code details} lists them for each kind. */
    private static Map<String, Object> detailsOf(AuditEvent event) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (event.outcome() == AuditEvent.Outcome.BLOCKED) {
            details.put("block_until", event.previousLockout().blockUntil());
            details.put("failure_count", event.previousLockout().failureCount());
        } else if (event.ipCount() != null) {
            details.put("outcome", event.outcome().code());
            details.put("ip_addresses_reset", event.ipCount());
        } else {
            details.put("outcome", event.outcome().code());
            details.put("previous_block_until", event.previousLockout().blockUntil());
            details.put("previous_failure_count", event.previousLockout().failureCount());
        }
        if (event.ipAddress() != null) {
            details.put("ip_address", event.ipAddress());
        }
        return details;
    }
}
