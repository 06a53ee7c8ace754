package org.corroborate.service.audit;

/**
 * Fired in the transaction of every recorded change; observers that run after a successful commit keep what is
 * derived from the database (the search index, validators of cached pages) current.
 *
 * @param entityType   claim, source, measure, ... as in the audit trail
 * @param entityId     the entity changed, or null when the change touched many (an import)
 * @param seenByPublic false when the change leaves everything the public may see of the entity as it was (the title
 *                     of a source held in confidence): then no public page may show that anything happened
 */
public record KnowledgeBaseChanged(String entityType, Long entityId, boolean seenByPublic) {

    /** A change the public may see. */
    public KnowledgeBaseChanged(String entityType, Long entityId) {
        this(entityType, entityId, true);
    }
}
