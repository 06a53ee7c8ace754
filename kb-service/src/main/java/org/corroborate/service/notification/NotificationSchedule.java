package org.corroborate.service.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.corroborate.service.schedule.ClusterOnce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Every minute, the e-mails still pending (failed earlier, or recorded while the executor was busy) are tried again;
 * every day at 06:00 UTC the digests go out. Every node of a cluster keeps these timers, but only the node that
 * claims the minute (or the day) in the database ({@link ClusterOnce}) delivers: once per cluster, not once per node.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSchedule {

    @Inject
    NotificationDelivery delivery;

    @Inject
    ClusterOnce once;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "notification e-mails retried")
    void retry() {
        if (once.claim("notification-retry", ClusterOnce.slot(Instant.now(), Duration.ofMinutes(1)))) {
            delivery.deliver(false);
        }
    }

    @Schedule(minute = "0", hour = "6", timezone = "UTC", persistent = false, info = "notification digests")
    void digest() {
        if (once.claim("notification-digest", LocalDate.now(ZoneOffset.UTC).toString())) {
            delivery.deliver(true);
        }
    }
}
