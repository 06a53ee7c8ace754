package org.corroborate.service.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.notification.Delivery;
import org.corroborate.model.notification.Notification;
import org.corroborate.model.notification.NotificationSettings;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A member's notifications (the inbox, marking read), the measures they watch, and how they want to be told. Each
 * public method is one transaction. A notification about something the member may no longer see is not shown.
 */
@Stateless
public class Notifications {

    /** The notifications an inbox shows at most. */
    public static final int INBOX_SIZE = 50;

    @Inject
    NotificationRepository notifications;

    @Inject
    MeasureRepository measures;

    @Inject
    ClaimRepository claims;

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    NotificationDelivery delivery;

    @Inject
    AuditTrail audit;

    /** The member's latest notifications, in the reader's language, and the number unread. */
    public InboxView inbox(@NotNull Reader member, @NotNull Locale locale) {
        long account = accountOf(member);
        List<NotificationView> shown = new ArrayList<>();
        for (Notification n : notifications.ofAccount(account, INBOX_SIZE)) {
            if (mayStillSee(n, member)) {
                Measure measure = n.getMeasureId() == null ? null : measures.find(n.getMeasureId()).orElse(null);
                shown.add(new NotificationView(n.getId(), n.getKind().name(), measure == null ? null : measure.getSlug(),
                        n.getClaimId(), outbox.line(n, locale), NotificationText.path(n, measure), n.getCreatedAt(),
                        n.getReadAt() != null));
            }
        }
        return new InboxView(unread(member), shown);
    }

    /** How many of the member's notifications are unread, at most {@value #MAX_UNREAD_COUNTED} (0 for the public). */
    public int unread(@NotNull Reader reader) {
        if (reader.accountId().isEmpty()) {
            return 0;
        }
        return (int) notifications.unread(reader.accountId().get()).stream().filter(n -> mayStillSee(n, reader))
                .limit(MAX_UNREAD_COUNTED).count();
    }

    /** Unread notifications counted at most (the header shows the count on every page). */
    public static final int MAX_UNREAD_COUNTED = 99;

    /** Marks one of the member's notifications read; empty when the member has no such notification. */
    public java.util.Optional<InboxView> markRead(@NotNull Reader member, long id, @NotNull Locale locale) {
        long account = accountOf(member);
        java.util.Optional<Notification> found = notifications.find(id).filter(x -> x.getAccountId() == account);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        found.get().markRead(Instant.now());
        notifications.flush();
        return java.util.Optional.of(inbox(member, locale));
    }

    /** Marks all the member's notifications read. */
    public InboxView markAllRead(@NotNull Reader member, @NotNull Locale locale) {
        long account = accountOf(member);
        Instant now = Instant.now();
        notifications.unread(account).forEach(n -> n.markRead(now));
        notifications.flush();
        return inbox(member, locale);
    }

    public NotificationSettingsView settings(@NotNull Reader member) {
        long account = accountOf(member);
        return notifications.settings(account).map(this::view)
                .orElseGet(() -> view(new NotificationSettings(account)));
    }

    public NotificationSettingsView changeSettings(@NotNull Reader member, @NotNull @Valid NotificationSettingsInput input) {
        long account = accountOf(member);
        NotificationSettings settings = notifications.settingsOrNew(account);
        NotificationSettingsView before = view(settings);
        try {
            settings.change(input.email(), Delivery.valueOf(input.delivery()), input.language());
            notifications.flush();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(Notifications.class, "badSettings");
        }
        NotificationSettingsView after = view(settings);
        audit.record(member, member.organizationSlug().orElse(null), "notifications.settings", "account", account,
                "Changed the notification settings", Map.of("delivery", before.delivery(), "email", before.email() != null),
                Map.of("delivery", after.delivery(), "email", after.email() != null), false);
        return after;
    }

    /** Whether the member watches the measure; empty when the member may not know of such a measure. */
    public java.util.Optional<Boolean> watching(@NotNull Reader member, @NotNull String measureSlug) {
        long account = accountOf(member);
        return measures.findBySlug(measureSlug, member).map(m -> notifications.watches(account, m.getId()));
    }

    /** The member watches the measure (again: no change); empty when the member may not know of such a measure. */
    public java.util.Optional<Boolean> watch(@NotNull Reader member, @NotNull String measureSlug) {
        long account = accountOf(member);
        return measures.findBySlug(measureSlug, member).map(m -> {
            notifications.watch(account, m.getId());
            return true;
        });
    }

    /** The member stops watching the measure (not watching: no change); empty when the member may not know of it. */
    public java.util.Optional<Boolean> unwatch(@NotNull Reader member, @NotNull String measureSlug) {
        long account = accountOf(member);
        return measures.findBySlug(measureSlug, member).map(m -> {
            notifications.unwatch(account, m.getId());
            return false;
        });
    }

    /**
     * A platform admin sends now what is due, the daily digests included, without waiting for the schedule.
     *
     * @return how many e-mails went out
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverNow(@NotNull Reader admin) {
        Permissions.requireSignedIn(admin);
        if (!admin.isPlatformAdmin()) {
            throw NotPermittedException.of(Notifications.class, "platformAdmin");
        }
        try {
            return delivery.deliver(true).get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The delivery of notifications did not finish", e);
        }
    }

    private boolean mayStillSee(Notification n, Reader reader) {
        if (n.getMeasureId() != null && measures.find(n.getMeasureId(), reader).isEmpty()) {
            return false;
        }
        for (Long claimId : new Long[]{n.getClaimId(), n.getOtherClaimId()}) {
            if (claimId != null && !NotificationRules.mayBeToldOf(claims.find(claimId).orElse(null), reader)) {
                return false;
            }
        }
        return true;
    }

    private NotificationSettingsView view(NotificationSettings s) {
        return new NotificationSettingsView(s.getEmail(), s.getDelivery().name(), s.getLanguage(), mailer.configured());
    }

    private static long accountOf(Reader member) {
        Permissions.requireSignedIn(member);
        return member.accountId().orElseThrow(() -> NotPermittedException.of(Notifications.class, "noAccount"));
    }
}
