package org.corroborate.service.audit;

import org.corroborate.model.audit.AuditEvent;

import java.time.Instant;

/** An audit entry as it is shown: who, when, how, what, and the values before and after as JSON. */
public record AuditEntry(long id, Instant occurredAt, String actor, String channel, String organization, String action,
                         String entityType, Long entityId, String summary, String before, String after) {

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getActorName(), e.getChannel(), e.getOrganizationSlug(),
                e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary(), e.getBeforeState(), e.getAfterState());
    }
}
