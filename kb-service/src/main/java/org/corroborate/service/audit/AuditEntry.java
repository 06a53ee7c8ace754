package org.corroborate.service.audit;

import org.corroborate.model.audit.AuditEvent;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An audit entry as it is shown: who, when, how, what, the values before and after as JSON, and the fields that
 * changed between them.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String channel, String organization, String action,
                         String entityType, Long entityId, String summary, String before, String after,
                         List<FieldChange> changes) implements Serializable {

    /** One field whose value differs before and after (null where it had none). */
    public record FieldChange(String field, String before, String after) implements Serializable {
    }

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getActorName(), e.getChannel(), e.getOrganizationSlug(),
                e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary(), e.getBeforeState(), e.getAfterState(),
                AuditDiff.between(e.getBeforeState(), e.getAfterState()));
    }
}
