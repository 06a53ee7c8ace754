package org.corroborate.service.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.claim.Citation;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.reconciliation.Stance;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.MeasureAccess;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Visibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the entries the public may see and turns them into search documents. Every read is its own transaction
 * (REQUIRES_NEW): the index is fed after commits and by a rebuild that works in batches.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchDocuments {

    private static final Reader PUBLIC = Reader.ANONYMOUS;

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    /** How many entries a rebuild will index. */
    public long count() {
        long claims = em.createQuery("SELECT COUNT(c) FROM Claim c WHERE c.status = :s", Long.class)
                .setParameter("s", ClaimStatus.VERIFIED).getSingleResult();
        long measures = MeasureAccess.bind(em.createQuery("SELECT COUNT(m) FROM Measure m WHERE "
                + MeasureAccess.condition("m"), Long.class), PUBLIC).getSingleResult();
        long sources = em.createQuery("SELECT COUNT(s) FROM Source s WHERE s.confidentiality = :p", Long.class)
                .setParameter("p", Confidentiality.PUBLIC).getSingleResult();
        return claims + measures + sources;
    }

    /** The next batch of public claims with ids above {@code afterId}, in id order. */
    public List<SearchDocument> claimsAfter(long afterId, int batch) {
        List<Claim> claims = em.createQuery("SELECT c FROM Claim c WHERE c.status = :s AND c.id > :after ORDER BY c.id",
                        Claim.class)
                .setParameter("s", ClaimStatus.VERIFIED).setParameter("after", afterId).setMaxResults(batch)
                // one query per association for the whole batch, not one per claim
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.measure")
                .setHint("eclipselink.batch", "c.organization")
                .setHint("eclipselink.batch", "c.topics")
                .setHint("eclipselink.batch", "c.citations")
                .setHint("eclipselink.batch", "c.citations.source")
                .getResultList();
        return claims.stream().map(this::claim).toList();
    }

    /** The next batch of the measures the public knows of ({@link MeasureAccess}) with ids above {@code afterId}. */
    public List<SearchDocument> measuresAfter(long afterId, int batch) {
        return measures(MeasureAccess.bind(em.createQuery("SELECT m FROM Measure m WHERE m.id > :after AND "
                        + MeasureAccess.condition("m") + " ORDER BY m.id", Measure.class), PUBLIC)
                .setParameter("after", afterId).setMaxResults(batch).getResultList());
    }

    public List<SearchDocument> sourcesAfter(long afterId, int batch) {
        return em.createQuery("SELECT s FROM Source s WHERE s.id > :after ORDER BY s.id", Source.class)
                .setParameter("after", afterId).setMaxResults(batch)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.holder")
                .setHint("eclipselink.batch", "s.authors")
                .getResultList().stream()
                .map(s -> source(s).orElse(placeholder("source", s.getId()))).toList();
    }

    /**
     * The documents to put back after a change of one entity: the entity itself and what shows it (a claim's
     * measure and sources; a source's citing claims; a measure's claims). An entry the public may no longer see
     * comes back as a document without a title, which the index deletes.
     */
    public List<SearchDocument> affectedBy(String entityType, long id) {
        List<SearchDocument> docs = new ArrayList<>();
        switch (entityType) {
            case "claim" -> {
                Claim c = em.find(Claim.class, id);
                if (c == null) {
                    docs.add(placeholder("claim", id));
                    break;
                }
                docs.add(ClaimAccess.maySee(c, PUBLIC) ? claim(c) : placeholder("claim", id));
                if (c.getMeasure() != null) {
                    docs.addAll(measures(List.of(c.getMeasure())));
                }
            }
            case "source" -> {
                Source s = em.find(Source.class, id);
                docs.add(s == null ? placeholder("source", id) : source(s).orElse(placeholder("source", id)));
                em.createQuery("SELECT DISTINCT c FROM Claim c JOIN c.citations ct WHERE ct.source.id = :id "
                                + "AND c.status = :s", Claim.class)
                        .setParameter("id", id).setParameter("s", ClaimStatus.VERIFIED).getResultList()
                        .forEach(c -> docs.add(claim(c)));
            }
            case "measure" -> {
                Measure m = em.find(Measure.class, id);
                docs.addAll(m == null ? List.of(placeholder("measure", id)) : measures(List.of(m)));
                if (m != null) {
                    em.createQuery("SELECT c FROM Claim c WHERE c.measure = :m AND c.status = :s", Claim.class)
                            .setParameter("m", m).setParameter("s", ClaimStatus.VERIFIED).getResultList()
                            .forEach(c -> docs.add(claim(c)));
                }
            }
            default -> {
                // accounts, tokens, invitations: nothing the public searches
            }
        }
        return docs;
    }

    private static SearchDocument placeholder(String type, long id) {
        return new SearchDocument(SearchDocument.key(type, id), type, id, null, null, null, null,
                List.of(), List.of(), null, null, null, null);
    }

    private SearchDocument claim(Claim c) {
        Measure m = c.getMeasure();
        List<Source> sources = c.getCitations().stream().map(Citation::getSource)
                .filter(s -> Visibility.of(s, PUBLIC) == Visibility.FULL).distinct().toList();
        String text = join(Stream.concat(Stream.of(c.getStatement(),
                        c.getFigure() == null ? null : c.getFigure().getPhrase(),
                        m == null ? null : m.getName(), m == null ? null : m.getNameKo(), c.getPlace(),
                        c.getPopulation(), String.join(", ", c.getTopics()), c.getOrganization().getName()),
                Stream.concat(sources.stream().map(Source::getTitle),
                        c.getCitations().stream()
                                .filter(ct -> Visibility.of(ct.getSource(), PUBLIC) == Visibility.FULL)
                                .map(ct -> ct.getQuote() == null ? null : ct.getQuote().getExact()))));
        String title = (c.getFigure() == null ? "" : c.getFigure().getPhrase() + " — ")
                + (m == null ? c.getStatement() : m.getName());
        Integer year = c.getPeriod() == null || c.getPeriod().getStart() == null ? null
                : c.getPeriod().getStart().year();
        List<String> topics = new ArrayList<>(new TreeSet<>(c.getTopics()));
        if (m != null && m.getTopic() != null && !topics.contains(m.getTopic())) {
            topics.add(0, m.getTopic());
        }
        return new SearchDocument(SearchDocument.key("claim", c.getId()), "claim", c.getId(), title, text,
                c.getLanguage(), "claims/" + c.getId(), topics, List.of(c.getOrganization().getName()), year,
                null, "verified", m == null || m.getNameKo() == null ? null
                        : (c.getFigure() == null ? "" : c.getFigure().getPhrase() + " — ") + m.getNameKo());
    }

    /**
     * The documents of these measures, in their order, read in four queries whatever their number: their verified
     * claims, the rationale of their current published versions, their published counts, and current dissents.
     * A measure without verified claims, which the public does not know of ({@link MeasureAccess}), comes back as a
     * placeholder, which the index deletes.
     */
    private List<SearchDocument> measures(List<Measure> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<Long> ids = batch.stream().map(Measure::getId).toList();
        Map<Long, List<Claim>> claims = em.createQuery("SELECT c FROM Claim c WHERE c.measure.id IN :ids "
                        + "AND c.status = :s ORDER BY c.id", Claim.class)
                .setParameter("ids", ids).setParameter("s", ClaimStatus.VERIFIED).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.getMeasure().getId()));
        // the rationale of the current published version: the reconciliation's own is the editors' unpublished draft
        Map<Long, String> rationale = new HashMap<>();
        em.createQuery("SELECT v.reconciliation.measure.id, v.rationale FROM ReconciliationVersion v "
                        + "WHERE v.reconciliation.measure.id IN :ids AND v.number = v.reconciliation.publishedCount",
                        Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> rationale.put((Long) r[0], (String) r[1]));
        Map<Long, Integer> published = new HashMap<>();
        em.createQuery("SELECT r.measure.id, r.publishedCount FROM Reconciliation r WHERE r.measure.id IN :ids",
                        Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> published.put((Long) r[0], (Integer) r[1]));
        Set<Long> contested = new HashSet<>(em.createQuery("SELECT x.version.reconciliation.measure.id FROM Response x "
                        + "WHERE x.version.reconciliation.measure.id IN :ids "
                        + "AND x.version.number = x.version.reconciliation.publishedCount AND x.stance = :d", Long.class)
                .setParameter("ids", ids).setParameter("d", Stance.DISSENT).getResultList());
        return batch.stream().map(m -> {
            List<Claim> verified = claims.getOrDefault(m.getId(), List.of());
            if (verified.isEmpty()) {
                return placeholder("measure", m.getId());
            }
            String status = published.getOrDefault(m.getId(), 0) == 0 ? "open"
                    : contested.contains(m.getId()) ? "contested" : "reconciled";
            return measure(m, verified, rationale.get(m.getId()), status);
        }).toList();
    }

    private static SearchDocument measure(Measure m, List<Claim> claims, String rationale, String status) {
        List<String> organizations = claims.stream().map(c -> c.getOrganization().getName()).distinct().sorted().toList();
        String figures = claims.stream().map(c -> c.getFigure() == null ? null : c.getFigure().getPhrase())
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        String text = join(Stream.of(m.getName(), m.getNameKo(), m.getDefinition(), m.getDefinitionKo(), m.getPlace(),
                m.getPlaceKo(), m.getTopic(),
                figures, rationale));
        Integer year = claims.stream().map(Claim::getPeriod).filter(p -> p != null && p.getEnd() != null)
                .map(p -> p.getEnd().year()).max(Integer::compare).orElse(null);
        return new SearchDocument(SearchDocument.key("measure", m.getId()), "measure", m.getId(),
                m.getName(), text, "en", "measures/" + m.getSlug(),
                m.getTopic() == null ? List.of() : List.of(m.getTopic()), organizations, year,
                m.getKind().name().toLowerCase(java.util.Locale.ROOT), status, m.getNameKo());
    }

    private Optional<SearchDocument> source(Source s) {
        if (s.getConfidentiality() != Confidentiality.PUBLIC) {
            return Optional.empty();
        }
        String authors = s.getAuthors().stream().map(org.corroborate.model.source.Author::getDisplayName).collect(Collectors.joining("; "));
        String text = join(Stream.of(s.getTitle(), authors, s.getContainerTitle(), s.getPublisher(), s.getNote()));
        return Optional.of(new SearchDocument(SearchDocument.key("source", s.getId()), "source", s.getId(),
                s.getTitle(), text, s.getLanguage() == null ? "en" : s.getLanguage(), "sources/" + s.getId(),
                List.of(), List.of(s.getHolder().getName()), s.getIssued() == null ? null : s.getIssued().year(),
                s.getKind().name().toLowerCase(java.util.Locale.ROOT), "public", null));
    }

    private static String join(Stream<String> parts) {
        return parts.filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
    }
}
