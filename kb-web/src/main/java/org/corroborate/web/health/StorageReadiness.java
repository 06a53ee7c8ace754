package org.corroborate.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corroborate.service.storage.Storage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database can store changes: DOWN on a full disk, a read-only or closed database, and for a
 * while after a member's change failed for lack of storage (see {@link Storage#writable()}), so that a load balancer
 * sends writers elsewhere and an operator is alerted.
 */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    @Inject
    Storage storage;

    @Override
    public HealthCheckResponse call() {
        if (!ApplicationStarted.isStarted()) {
            return HealthCheckResponse.named("storage").down().withData("starting", true).build();
        }
        return HealthCheckResponse.named("storage").status(storage.writable()).build();
    }
}
