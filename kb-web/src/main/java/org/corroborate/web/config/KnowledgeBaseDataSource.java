package org.corroborate.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source, {@code java:app/jdbc/kb}. Its driver, URL and credentials come from MicroProfile Config:
 * the embedded H2 defaults in {@code META-INF/microprofile-config.properties}, overridden by the environment
 * variables {@code KB_DB_CLASS}, {@code KB_DB_URL}, {@code KB_DB_USER} and {@code KB_DB_PASSWORD} (PostgreSQL in
 * production and CI).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/kb",
        className = "${MPCONFIG=kb.db.class}",
        url = "${MPCONFIG=kb.db.url}",
        user = "${MPCONFIG=kb.db.user}",
        password = "${MPCONFIG=kb.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class KnowledgeBaseDataSource {
}
