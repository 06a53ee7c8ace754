package org.corroborate.service.crossref;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * At start-up, cross-references a knowledge base that has claims but no findings yet: one created before
 * cross-referencing existed. Runs after the demo is loaded (which cross-references its own claims).
 */
@Singleton
@Startup
@DependsOn("DemoStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CrossReferenceBackfill {

    private static final Logger LOG = Logger.getLogger(CrossReferenceBackfill.class.getName());

    @Inject
    CrossReferences crossReferences;

    @PostConstruct
    void start() {
        int measures = crossReferences.backfillIfEmpty();
        if (measures > 0) {
            LOG.info(() -> "Cross-referenced the claims of " + measures + " measures found without findings.");
        }
    }
}
