package org.corroborate.service.audit;

/**
 * Fired in the transaction of every recorded change; observers that run after a successful commit keep what is
 * derived from the database (the search index, validators of cached pages) current.
 *
 * @param entityType claim, source, measure, ... as in the audit trail
 * @param entityId   the entity changed, or null when the change touched many (an import)
 */
public record KnowledgeBaseChanged(String entityType, Long entityId) {
}
