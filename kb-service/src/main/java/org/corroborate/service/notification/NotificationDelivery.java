package org.corroborate.service.notification;

import jakarta.enterprise.concurrent.Asynchronous;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mails waiting in the {@link Outbox}, on the container's executor {@value #EXECUTOR}, which runs one
 * delivery at a time (so no e-mail goes twice from one server). It holds no transaction while the mail server is
 * talked to; an e-mail that fails stays pending and is tried again later ({@link NotificationSchedule} runs every
 * minute), so nothing is lost while the mail server is down.
 */
@ApplicationScoped
public class NotificationDelivery {

    /** The executor e-mails go out on, defined by the web application with one delivery at a time. */
    public static final String EXECUTOR = "java:app/concurrent/notification-mail";

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "kb.mail.site")
    Optional<String> site;

    /**
     * Sends what is due now; with {@code digest}, also the digests of the members who chose one.
     *
     * @return how many e-mails went out
     */
    @Asynchronous(executor = EXECUTOR)
    public CompletableFuture<Integer> deliver(boolean digest) {
        return Asynchronous.Result.complete(deliverNow(digest));
    }

    int deliverNow(boolean digest) {
        if (!mailer.configured()) {
            return 0;
        }
        int sent = 0;
        try {
            String base = site.map(s -> s.endsWith("/") ? s : s + "/").orElse("/");
            List<Outbox.Outgoing> due = outbox.due(digest, base);
            for (Outbox.Outgoing mail : due) {
                try {
                    mailer.send(mail.to(), mail.subject(), mail.body());
                    outbox.sent(mail.notificationIds());
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, "E-mail of notifications " + mail.notificationIds()
                            + " not sent; it stays pending and is tried again later: " + e);
                    outbox.failed(mail.notificationIds());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification delivery failed; the notifications stay pending", e);
        }
        return sent;
    }
}
