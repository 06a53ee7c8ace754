package org.corroborate.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corroborate.service.schema.SchemaMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaMigrations schema;

    @Override
    public HealthCheckResponse call() {
        if (!ApplicationStarted.isStarted()) {
            return HealthCheckResponse.named("database").down().withData("starting", true).build();
        }
        boolean ready = schema.isReady();
        var response = HealthCheckResponse.named("database").status(ready);
        if (ready) {
            response.withData("schemaVersion", schema.schemaVersion());
        }
        return response.build();
    }
}
