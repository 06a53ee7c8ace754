package org.corroborate.service.freshness;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.source.Confidentiality;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether the public may see the entry a {@link Freshness} tag names, asked before a public answer gets validators or
 * a 304: an entry hidden from the public (a draft claim, a members-only source, a measure without a verified claim)
 * must answer exactly as a missing one, whatever validators a client sends. Each answer is kept until the entry (or
 * everything) changes again, so that a revalidation costs a map look-up, not a query.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PublicEntries {

    /** Kept answers above this many are dropped all at once (a crawler of random ids must not fill the heap). */
    static final int KEPT = 50_000;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private record Answer(long position, boolean shown) {
    }

    private static final ConcurrentHashMap<String, Answer> KNOWN = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Inject
    Freshness freshness;

    /** Whether the public may see the entry; listings and everything are always shown. */
    public boolean shown(String tag) {
        long position = freshness.version(Set.of(tag, Freshness.EVERYTHING)).position();
        Answer known = KNOWN.get(tag);
        if (known != null && known.position() == position) {
            return known.shown();
        }
        boolean shown = ask(tag);
        if (KNOWN.size() >= KEPT) {
            KNOWN.clear();
        }
        KNOWN.put(tag, new Answer(position, shown));
        return shown;
    }

    /** The public knows a measure once a claim on it is verified (service.access.MeasureAccess). */
    private boolean measureShown(String slugOrId, boolean numeric) {
        var query = em.createQuery("SELECT c.id FROM Claim c WHERE c.status = :s AND (c.measure.slug = :slug"
                        + (numeric ? " OR c.measure.id = :id)" : ")"), Long.class)
                .setParameter("s", ClaimStatus.VERIFIED).setParameter("slug", slugOrId);
        if (numeric) {
            query.setParameter("id", Long.parseLong(slugOrId));
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    private boolean ask(String tag) {
        int colon = tag.indexOf(':');
        if (colon < 0) {
            return true; // listings, everything
        }
        String kind = tag.substring(0, colon);
        String key = tag.substring(colon + 1);
        boolean numeric = DIGITS.matcher(key).matches();
        return switch (kind) {
            case "claim" -> numeric && !em.createQuery("SELECT c.id FROM Claim c WHERE c.id = :id AND c.status = :s",
                            Long.class).setParameter("id", Long.parseLong(key)).setParameter("s", ClaimStatus.VERIFIED)
                    .setMaxResults(1).getResultList().isEmpty();
            case "source" -> numeric && !em.createQuery("SELECT s.id FROM Source s WHERE s.id = :id "
                                    + "AND s.confidentiality <> :hidden", Long.class)
                    .setParameter("id", Long.parseLong(key)).setParameter("hidden", Confidentiality.MEMBERS_ONLY)
                    .setMaxResults(1).getResultList().isEmpty();
            // the public knows a measure once a claim on it is verified (service.access.MeasureAccess)
            case "measure" -> measureShown(key, numeric);
            default -> false;
        };
    }
}
