package org.corroborate.service.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every minute, the e-mails still pending (failed earlier, or recorded while the executor was busy) are tried again;
 * every day at 06:00 UTC the digests go out. Each node of a cluster runs these timers itself: making them run once
 * per cluster is issue 16's (one delivery at a time per node, and an e-mail marked sent is never sent again).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSchedule {

    @Inject
    NotificationDelivery delivery;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "notification e-mails retried")
    void retry() {
        delivery.deliver(false);
    }

    @Schedule(minute = "0", hour = "6", timezone = "UTC", persistent = false, info = "notification digests")
    void digest() {
        delivery.deliver(true);
    }
}
