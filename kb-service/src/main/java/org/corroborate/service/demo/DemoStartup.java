package org.corroborate.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/** Loads the demo knowledge base at start-up unless {@code kb.demo.load} is false. */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

    @Inject
    @ConfigProperty(name = "kb.demo.load", defaultValue = "true")
    boolean loadDemo;

    @Inject
    DemoLoader loader;

    @PostConstruct
    void start() {
        if (!loadDemo) {
            LOG.info("kb.demo.load is false: the demo knowledge base is not loaded.");
            return;
        }
        DemoLoader.Outcome outcome = loader.loadIfEmpty();
        LOG.info(() -> "Demo knowledge base: " + outcome);
    }
}
