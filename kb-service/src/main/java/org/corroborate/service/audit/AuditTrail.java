package org.corroborate.service.audit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.audit.AuditEvent;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.shared.NotPermittedException;

import java.util.List;

/**
 * The audit trail. Services call {@link #record} inside the transaction of the change they audit, so a change
 * and its audit entry are written together or not at all. Editors and organization admins browse their
 * organization's entries; platform admins browse all of them.
 */
@Stateless
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Inject
    Event<KnowledgeBaseChanged> changes;

    /**
     * Records a change made by {@code actor} to material of the organization {@code organizationSlug}.
     *
     * @param action     what happened, as "entity.verb" ("source.created", "claim.submitted", "claims.imported")
     * @param before     the values before (a record, a map or a list), or null for a creation
     * @param after      the values after, or null for a removal
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(@NotNull Reader actor, String organizationSlug, @NotNull String action, @NotNull String entityType,
                       Long entityId, @NotNull String summary, Object before, Object after) {
        record(actor, organizationSlug, action, entityType, entityId, summary, before, after, true);
    }

    /**
     * As {@link #record(Reader, String, String, String, Long, String, Object, Object)}, saying whether the public may
     * see anything of the change ({@link KnowledgeBaseChanged#seenByPublic()}).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(@NotNull Reader actor, String organizationSlug, @NotNull String action, @NotNull String entityType,
                       Long entityId, @NotNull String summary, Object before, Object after, boolean seenByPublic) {
        em.persist(new AuditEvent(actor.accountId().orElse(null), actor.username(), actor.channel().name(),
                organizationSlug, action, entityType, entityId, summary, json(before), json(after)));
        changes.fire(new KnowledgeBaseChanged(entityType, entityId, seenByPublic));
    }

    /**
     * The newest entries this reader may browse, newest first, optionally for one entity.
     *
     * @throws NotPermittedException for readers who are neither editors, organization admins nor platform admins
     */
    public List<AuditEntry> browse(@NotNull Reader reader, String entityType, Long entityId,
                                   @Min(0) int offset, @Min(1) @Max(500) int limit) {
        return query(reader, "SELECT e", entityType, entityId, " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setFirstResult(offset).setMaxResults(limit).getResultStream().map(AuditEntry::of).toList();
    }

    /**
     * One page of the entries this reader may browse, newest first, with how many there are in all.
     *
     * @throws NotPermittedException as {@link #browse(Reader, String, Long, int, int)}
     */
    public AuditPage page(@NotNull Reader reader, String entityType, Long entityId,
                          @Min(0) int offset, @Min(1) @Max(500) int limit) {
        List<AuditEntry> items = browse(reader, entityType, entityId, offset, limit);
        long total = query(reader, "SELECT COUNT(e)", entityType, entityId, "", Long.class).getSingleResult();
        return new AuditPage(total, offset, limit, items);
    }

    private <T> TypedQuery<T> query(Reader reader, String select, String entityType, Long entityId, String order,
                                    Class<T> type) {
        boolean all = reader.isPlatformAdmin();
        if (!all && !(reader.hasRole(Role.EDITOR) || reader.hasRole(Role.ORG_ADMIN))) {
            throw NotPermittedException.of(AuditTrail.class, "browse.notPermitted");
        }
        StringBuilder jpql = new StringBuilder(select).append(" FROM AuditEvent e WHERE 1 = 1");
        if (!all) {
            jpql.append(" AND e.organizationSlug = :org");
        }
        if (entityType != null) {
            jpql.append(" AND e.entityType = :type");
        }
        if (entityId != null) {
            jpql.append(" AND e.entityId = :id");
        }
        jpql.append(order);
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (!all) {
            query.setParameter("org", reader.organizationSlug().orElseThrow());
        }
        if (entityType != null) {
            query.setParameter("type", entityType);
        }
        if (entityId != null) {
            query.setParameter("id", entityId);
        }
        return query;
    }

    private static String json(Object value) {
        return value == null ? null : JSON.toJson(value);
    }
}
