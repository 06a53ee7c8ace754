package org.corroborate.service.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date with the migrations in {@code db/migration} when the application
 * starts. The same scripts run on the embedded H2 database and on PostgreSQL; EclipseLink never generates DDL.
 * Flyway manages its own connections and transactions, hence bean-managed transactions here.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:app/jdbc/kb")
    DataSource dataSource;

    private Flyway flyway;

    @PostConstruct
    void migrate() {
        flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now).");
    }

    /** True when the database answers and no migration is pending. */
    public boolean isReady() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return false;
            }
        } catch (SQLException e) {
            return false;
        }
        try {
            return flyway != null && flyway.info().pending().length == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The version of the newest applied migration, or "none". */
    public String schemaVersion() {
        var current = flyway == null ? null : flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
