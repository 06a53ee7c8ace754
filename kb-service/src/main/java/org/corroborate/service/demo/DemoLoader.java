package org.corroborate.service.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.model.organization.Organization;
import org.corroborate.service.access.Reader;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.measure.TopicNames;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.reconciliation.Reconciliations;
import org.corroborate.service.schema.StartupLock;
import org.corroborate.service.source.SourceRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Loads the demo knowledge base into an empty database, in one transaction: all of it or nothing.
 * A row in {@code dataset_load} records the load; its primary key makes a second load impossible,
 * even from two servers starting at once.
 */
@Stateless
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

    /** What a call to {@link #loadIfEmpty()} did. */
    public enum Outcome {
        LOADED, ALREADY_LOADED, DATABASE_NOT_EMPTY
    }

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Inject
    OrganizationRepository organizations;

    @Inject
    SourceRepository sources;

    @Inject
    MeasureRepository measures;

    @Inject
    TopicNames topicNames;

    @Inject
    ClaimRepository claims;

    @Inject
    Accounts accounts;

    @Inject
    CrossReferences crossReferences;

    @Inject
    Reconciliations reconciliations;

    @Inject
    StartupLock startupLock;

    public Outcome loadIfEmpty() {
        // nodes starting side by side on a new database: the first loads, the others then find it loaded
        startupLock.holdUntilCommit();
        if (loadCount() > 0) {
            return Outcome.ALREADY_LOADED;
        }
        if (organizations.count() > 0) {
            LOG.info("The database already holds data of its own; the demo knowledge base is not loaded.");
            return Outcome.DATABASE_NOT_EMPTY;
        }
        DemoKnowledgeBase demo = DemoKnowledgeBase.shipped();
        em.createNativeQuery("INSERT INTO dataset_load (name, checksum, loaded_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, DemoKnowledgeBase.DATASET_NAME)
                .setParameter(2, demo.checksum())
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        demo.organizations().forEach(organizations::add);
        demo.sources().forEach(sources::add);
        demo.measures().forEach(measures::add);
        demo.topicsInKorean().forEach(topicNames::name);
        demo.claims().forEach(claims::add);
        accounts.createDemoAccounts(Reader.SYSTEM, demo.organizations().stream().map(Organization::getSlug).toList());
        claims.flush();
        crossReferences.reexamineAll();
        reconciliations.loadDemo();
        LOG.info(() -> "Demo knowledge base loaded: " + demo.organizations().size() + " organizations, "
                + demo.sources().size() + " sources, " + demo.measures().size() + " measures, "
                + demo.claims().size() + " claims.");
        return Outcome.LOADED;
    }

    /** How many times the demo has been loaded into this database: 0 or 1. */
    public long loadCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM dataset_load WHERE name = ?1")
                .setParameter(1, DemoKnowledgeBase.DATASET_NAME).getSingleResult()).longValue();
    }
}
