package org.corroborate.service.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.Reader;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sources in the database. Called by services, inside their transactions. */
@ApplicationScoped
public class SourceRepository {

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public Optional<Source> find(long id) {
        return Optional.ofNullable(em.find(Source.class, id));
    }

    /** The sources that relay this one. */
    public List<Source> relaying(Source source) {
        return em.createNamedQuery("Source.findRelaying", Source.class).setParameter("source", source).getResultList();
    }

    public Source add(Source source) {
        em.persist(source);
        return source;
    }

    public void flush() {
        em.flush();
    }

    /**
     * The sources this reader may see in full whose title contains {@code text} (any case), in title order.
     * The confidentiality rules are those of {@link org.corroborate.service.access.Visibility}, applied in the query.
     */
    public List<Source> fullyVisibleWithTitleLike(Reader reader, String text, int limit) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return fullyVisible(reader, "LOWER(s.title) LIKE :text ESCAPE '\\' AND ", " ORDER BY s.title")
                .setParameter("text", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every source this reader may see in full: what bibliographic imports compare their records with. */
    public List<Source> fullyVisible(Reader reader) {
        return fullyVisible(reader, "", "").getResultList();
    }

    private TypedQuery<Source> fullyVisible(Reader reader, String condition, String order) {
        return em.createQuery("SELECT s FROM Source s WHERE " + condition + "(s.confidentiality = :public "
                        + "OR (s.confidentiality = :members AND :member = TRUE) OR s.holder.slug = :org)" + order, Source.class)
                .setParameter("public", Confidentiality.PUBLIC)
                .setParameter("members", Confidentiality.MEMBERS_ONLY)
                .setParameter("member", reader.isMember())
                .setParameter("org", reader.organizationSlug().orElse(""));
    }
}
