package dev.usersapi.repository;

import dev.usersapi.domain.AuditEvent;
import java.util.List;

/** Reading the audit events that unblocks recorded. */
public interface AuditTrail {

    /** The audit events of a user that the store still keeps, oldest first. */
    List<AuditEvent> auditEvents(String userId);
}
