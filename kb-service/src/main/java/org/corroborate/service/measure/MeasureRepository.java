package org.corroborate.service.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.corroborate.model.measure.Measure;
import org.corroborate.service.access.MeasureAccess;
import org.corroborate.service.access.Reader;

import java.util.List;
import java.util.Optional;

/**
 * Measures in the database. Called by services, inside their transactions. What a reader is shown comes from the
 * reads that take a {@link Reader}, which know only the measures {@link MeasureAccess} lets this reader know of; the
 * others serve changes and the application itself.
 */
@ApplicationScoped
public class MeasureRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    /** The measure with this id, whoever may know of it: for changes and for the application itself. */
    public Optional<Measure> find(long id) {
        return Optional.ofNullable(em.find(Measure.class, id));
    }

    /** The measure with this slug, whoever may know of it: for changes and for the application itself. */
    public Optional<Measure> findBySlug(String slug) {
        return em.createNamedQuery("Measure.findBySlug", Measure.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Every measure, whoever may know of it: for the application itself. */
    public List<Measure> all() {
        return em.createNamedQuery("Measure.findAll", Measure.class).getResultList();
    }

    /** The measure with this id, when this reader may know of it. */
    public Optional<Measure> find(long id, Reader reader) {
        return visible("m.id = :id", reader).setParameter("id", id).getResultStream().findFirst();
    }

    /** The measure with this slug, when this reader may know of it. */
    public Optional<Measure> findBySlug(String slug, Reader reader) {
        return visible("m.slug = :slug", reader).setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Every measure this reader may know of, in topic and name order. */
    public List<Measure> all(Reader reader) {
        return visible(null, reader).getResultList();
    }

    /** The measures the reader may know of that also meet {@code also} (null: every one). */
    private TypedQuery<Measure> visible(String also, Reader reader) {
        return MeasureAccess.bind(em.createQuery("SELECT m FROM Measure m WHERE " + MeasureAccess.condition("m")
                + (also == null ? "" : " AND " + also) + " ORDER BY m.topic, m.name", Measure.class), reader);
    }

    public Measure add(Measure measure) {
        em.persist(measure);
        return measure;
    }

    /** Writes pending changes now, so that the new measure has its id inside the service call. */
    public void flush() {
        em.flush();
    }

    /** True when the measure has a reconciliation (a draft or published versions). */
    public boolean hasReconciliation(Measure measure) {
        return em.createQuery("SELECT COUNT(r) FROM Reconciliation r WHERE r.measure = :m", Long.class)
                .setParameter("m", measure).getSingleResult() > 0;
    }

    /** The ids of every claim about the measure, in any status. */
    public List<Long> claimIds(Measure measure) {
        return em.createQuery("SELECT c.id FROM Claim c WHERE c.measure = :m ORDER BY c.id", Long.class)
                .setParameter("m", measure).getResultList();
    }

    /** Moves every claim of {@code from} to {@code to}, each claim's version moving on (an edit based on before is stale). */
    public int moveClaims(Measure from, Measure to) {
        em.flush();
        int moved = em.createQuery("UPDATE Claim c SET c.measure = :to, c.version = c.version + 1 WHERE c.measure = :from")
                .setParameter("to", to).setParameter("from", from).executeUpdate();
        em.clear();
        return moved;
    }

    /**
     * Measures no claim is about yet, and not merged into another: those editors created outside any claim. Nobody's
     * material, so every editor may see and change them; the public does not know of them.
     */
    public List<Measure> claimless() {
        return em.createQuery("SELECT m FROM Measure m WHERE m.mergedInto IS NULL AND NOT EXISTS "
                + "(SELECT c.id FROM Claim c WHERE c.measure = m) ORDER BY m.topic, m.name", Measure.class).getResultList();
    }
}
