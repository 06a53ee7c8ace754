package org.corroborate.service.freshness;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.claim.ClaimStatus;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public entries a change shows on, as {@link Freshness} tags. Runs inside the change's transaction, before the
 * commit (the change is flushed before each query), so that the record holds the reach with the change: the reach
 * includes what the public saw before the change (a claim withdrawn after it was verified leaves its measure's and
 * sources' pages).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ChangeReach {

    /** Relay chains are short in practice; past this many sources the change is treated as touching everything. */
    static final int MAX_RELAYED = 500;

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    /**
     * The tags a change of this entity reaches, with {@link Freshness#LISTINGS} when it reaches any public entry;
     * {@link Freshness#EVERYTHING} when the change touched many entities or entities shown everywhere.
     */
    public Set<String> of(String entityType, Long id) {
        return switch (entityType) {
            case "claim" -> id == null ? Set.of(Freshness.EVERYTHING) : withListingsUnlessNone(ofClaim(id));
            case "measure" -> id == null ? Set.of(Freshness.EVERYTHING) : withListings(ofMeasure(id));
            case "source" -> {
                Set<String> tags = id == null ? null : ofSource(id);
                yield tags == null ? Set.of(Freshness.EVERYTHING) : withListings(tags);
            }
            // accounts, invitations and API tokens are not shown to readers
            case "account", "apiToken", "invitation" -> Set.of();
            // organizations' names are on every page; imports touch many entries
            default -> Set.of(Freshness.EVERYTHING);
        };
    }

    /** Nothing when the change reaches no public entry (a claim the public cannot see): not even the listings. */
    private static Set<String> withListingsUnlessNone(Set<String> tags) {
        return tags.isEmpty() ? tags : withListings(tags);
    }

    private static Set<String> withListings(Set<String> tags) {
        tags.add(Freshness.LISTINGS);
        return tags;
    }

    /**
     * A claim: itself, its measure and that measure's claims (compared with it on their pages), the sources it cites.
     * Nothing while the claim is not public and never was: the public sees no draft, submitted or rejected claim, so
     * their changes must move no public validator. A verified claim can only be withdrawn; the pages that showed it
     * must then change too: a withdrawn claim reaches them when it was ever public (the record holds a change of it
     * as a public entry, or the audit trail its verification).
     */
    public Set<String> ofClaim(long claimId) {
        Set<String> tags = new LinkedHashSet<>();
        // a verified claim always has a measure (submitting needs one): no row, nothing public
        List<Object[]> rows = em.createQuery("SELECT c.measure.id, c.status FROM Claim c WHERE c.id = :id", Object[].class)
                .setParameter("id", claimId).getResultList();
        if (rows.isEmpty() || rows.get(0)[0] == null || !(rows.get(0)[1] == ClaimStatus.VERIFIED
                || rows.get(0)[1] == ClaimStatus.WITHDRAWN && wasPublic(claimId))) {
            return tags;
        }
        List<Long> measure = List.of((Long) rows.get(0)[0]);
        tags.add(Freshness.claim(claimId));
        measure.forEach(m -> tags.addAll(ofMeasure(m)));
        em.createQuery("SELECT DISTINCT ci.source.id FROM Citation ci WHERE ci.claim.id = :id", Long.class)
                .setParameter("id", claimId).getResultList().forEach(s -> tags.add(Freshness.source(s)));
        return tags;
    }

    /** A measure (its figure, reconciliation, tolerance): itself, by id and by slug, and its verified claims. */
    public Set<String> ofMeasure(long measureId) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(Freshness.measure(String.valueOf(measureId)));
        em.createQuery("SELECT m.slug FROM Measure m WHERE m.id = :id", String.class)
                .setParameter("id", measureId).getResultList().forEach(slug -> tags.add(Freshness.measure(slug)));
        // the public sees verified claims only: the pages of the others are missing for it, whatever changes
        em.createQuery("SELECT c.id FROM Claim c WHERE c.measure.id = :id AND c.status = :verified", Long.class)
                .setParameter("id", measureId).setParameter("verified", ClaimStatus.VERIFIED).getResultList()
                .forEach(c -> tags.add(Freshness.claim(c)));
        return tags;
    }

    /**
     * A source (its title, confidentiality, relays): itself and the sources linked to it by relays, in either
     * direction and transitively (their origin chains show it), and the claims citing any of them with their
     * measures. Null when the chain is too long to follow: then everything counts as changed.
     */
    public Set<String> ofSource(long sourceId) {
        Set<Long> linked = new HashSet<>(Set.of(sourceId));
        Set<Long> frontier = Set.of(sourceId);
        while (!frontier.isEmpty()) {
            Set<Long> next = new HashSet<>();
            next.addAll(em.createQuery("SELECT r.id FROM Source s JOIN s.relays r WHERE s.id IN :ids", Long.class)
                    .setParameter("ids", frontier).getResultList());
            next.addAll(em.createQuery("SELECT s.id FROM Source s JOIN s.relays r WHERE r.id IN :ids", Long.class)
                    .setParameter("ids", frontier).getResultList());
            next.removeAll(linked);
            linked.addAll(next);
            if (linked.size() > MAX_RELAYED) {
                return null;
            }
            frontier = next;
        }
        Set<String> tags = new LinkedHashSet<>();
        linked.forEach(s -> tags.add(Freshness.source(s)));
        for (Long measure : measuresCiting(linked)) {
            tags.addAll(ofMeasure(measure));
        }
        em.createQuery("SELECT DISTINCT ci.claim.id FROM Citation ci WHERE ci.source.id IN :ids AND ci.claim.status = :verified",
                        Long.class)
                .setParameter("ids", linked).setParameter("verified", ClaimStatus.VERIFIED).getResultList()
                .forEach(c -> tags.add(Freshness.claim(c)));
        return tags;
    }

    private boolean wasPublic(long claimId) {
        return !em.createNativeQuery("SELECT position FROM entry_change WHERE tag = ?1")
                .setParameter(1, Freshness.claim(claimId)).setMaxResults(1).getResultList().isEmpty()
                || em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.entityType = 'claim' AND e.entityId = :id "
                        + "AND e.action = 'claim.verify'", Long.class).setParameter("id", claimId).getSingleResult() > 0;
    }

    private List<Long> measuresCiting(Collection<Long> sources) {
        return em.createQuery("SELECT DISTINCT c.measure.id FROM Citation ci JOIN ci.claim c "
                        + "WHERE ci.source.id IN :ids AND c.measure IS NOT NULL", Long.class)
                .setParameter("ids", sources).getResultList();
    }
}
