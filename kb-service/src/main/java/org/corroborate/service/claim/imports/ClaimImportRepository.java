package org.corroborate.service.claim.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.claim.ClaimImport;
import org.corroborate.model.organization.Organization;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recorded claim imports. Called by {@link ClaimImports}, inside its transaction. */
@ApplicationScoped
public class ClaimImportRepository {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    public Optional<ClaimImport> findByFile(Organization organization, String sha256) {
        return em.createNamedQuery("ClaimImport.findByFile", ClaimImport.class)
                .setParameter("organization", organization).setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    public Optional<ClaimImport> find(long id) {
        return Optional.ofNullable(em.find(ClaimImport.class, id));
    }

    /**
     * The identity of every claim the organization's earlier imports created, as {@link ClaimImports#identity}
     * builds it: statement, figure phrase and cited source.
     */
    public Set<String> importedIdentities(Organization organization) {
        List<Long> ids = em.createNamedQuery("ClaimImport.claimIdsOf", Long.class)
                .setParameter("organization", organization).getResultList();
        Set<String> identities = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Object[]> rows = em.createQuery(
                            "SELECT c.statement, c.figure.phrase, s.id FROM Claim c LEFT JOIN c.citations ci LEFT JOIN ci.source s"
                                    + " WHERE c.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList();
            for (Object[] row : rows) {
                identities.add(ClaimImports.identity((String) row[0], (String) row[1], (Long) row[2]));
            }
        }
        return identities;
    }

    public ClaimImport add(ClaimImport claimImport) {
        em.persist(claimImport);
        return claimImport;
    }

    public void flush() {
        em.flush();
    }
}
