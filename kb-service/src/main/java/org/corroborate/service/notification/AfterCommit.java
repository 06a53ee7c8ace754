package org.corroborate.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Once a change that recorded notifications commits, their e-mails start on their way, apart from the user's request. */
@ApplicationScoped
class AfterCommit {

    @Inject
    NotificationDelivery delivery;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsRecorded recorded) {
        delivery.deliver(false);
    }
}
