package org.corroborate.service.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the first platform admin at start-up from configuration, once: {@code kb.admin.username} (default
 * "admin"), {@code kb.admin.password} (no default; set {@code KB_ADMIN_PASSWORD}), {@code kb.admin.organization}
 * (default "corroborate", created as "Corroborate" when missing). Runs after the migrations and after the demo
 * data, which loads only into a database without organizations.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "DemoStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformAdminBootstrap {

    private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "kb.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "kb.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "kb.admin.organization", defaultValue = "corroborate")
    String organization;

    @Inject
    Accounts accounts;

    @PostConstruct
    void start() {
        try {
            Accounts.BootstrapOutcome outcome = accounts.bootstrapPlatformAdmin(Reader.SYSTEM, username,
                    password.orElse(null), organization, "Corroborate");
            switch (outcome) {
                case CREATED -> LOG.info(() -> "First platform admin \"" + username + "\" created in organization \""
                        + organization + "\" from configuration (kb.admin.username, kb.admin.password).");
                case PLATFORM_ADMIN_EXISTS -> LOG.fine("A platform admin exists; kb.admin.password is not used.");
                case NO_PASSWORD_CONFIGURED -> LOG.warning("No platform admin exists yet. To create one at the next start, "
                        + "set the environment variable KB_ADMIN_PASSWORD (at least 12 characters; "
                        + "KB_ADMIN_USERNAME and KB_ADMIN_ORGANIZATION optional), then restart.");
                case USERNAME_TAKEN -> LOG.warning(() -> "No platform admin was created: the user name \"" + username
                        + "\" (kb.admin.username) belongs to another account. Choose another one.");
            }
        } catch (InvalidInputException e) {
            LOG.warning(() -> "No platform admin was created from configuration: " + e.getMessage());
        }
    }
}
