package org.corroborate.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to the knowledge base: who made it, when, through which channel, to what, and the values before
 * and after (as JSON). An import is one event whose "after" lists every row it wrote. Events are never changed.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int MAX_SUMMARY = 500;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
    private String actorName;

    @Column(name = "channel", nullable = false, length = 10, updatable = false)
    private String channel;

    /** The organization whose material changed; its editors and admins may read the event. */
    @Column(name = "organization_slug", length = 80, updatable = false)
    private String organizationSlug;

    @Column(name = "action", nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 40, updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(name = "summary", nullable = false, length = MAX_SUMMARY, updatable = false)
    private String summary;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Long actorAccountId, String actorName, String channel, String organizationSlug, String action,
                      String entityType, Long entityId, String summary, String beforeState, String afterState) {
        this.occurredAt = Instant.now();
        this.actorAccountId = actorAccountId;
        this.actorName = Objects.requireNonNull(actorName, "actor");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.organizationSlug = organizationSlug;
        this.action = Objects.requireNonNull(action, "action");
        this.entityType = Objects.requireNonNull(entityType, "entity type");
        this.entityId = entityId;
        String s = Objects.requireNonNull(summary, "summary");
        this.summary = s.length() > MAX_SUMMARY ? s.substring(0, MAX_SUMMARY - 1) + "…" : s;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getChannel() {
        return channel;
    }

    public String getOrganizationSlug() {
        return organizationSlug;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }
}
