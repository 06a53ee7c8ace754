package org.corroborate.service.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.corroborate.model.account.Account;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.notification.Delivery;
import org.corroborate.model.notification.Notification;
import org.corroborate.model.notification.NotificationSettings;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.organization.OrganizationRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The e-mails waiting to go, for {@link NotificationDelivery}: each method is one short transaction, and none holds
 * one while the mail server is talked to. Whether the recipient may still see what a notification is about is checked
 * again here, as it is sent: a claim that has since become invisible to them is withheld.
 */
@Stateless
public class Outbox {

    @Inject
    NotificationRepository notifications;

    @Inject
    ClaimRepository claims;

    @Inject
    MeasureRepository measures;

    @Inject
    OrganizationRepository organizations;

    /** One e-mail: the notifications it tells of, to whom, what it says. */
    public record Outgoing(List<Long> notificationIds, String to, String subject, String body) {
    }

    /**
     * The e-mails due now: one per immediate notification, and with {@code digest} one per member who chose the
     * digest, gathering all their pending notifications; a digest run also tries again at once what failed before,
     * without waiting for its next attempt. Notifications that may no longer be sent are settled here.
     */
    public List<Outgoing> due(boolean digest, String site) {
        Map<Long, List<Notification>> digests = new LinkedHashMap<>();
        List<Outgoing> out = new ArrayList<>();
        for (Notification n : notifications.due(digest ? Instant.now().plus(java.time.Duration.ofDays(3650)) : Instant.now())) {
            Optional<NotificationSettings> settings = notifications.settings(n.getAccountId());
            Optional<Account> account = notifications.account(n.getAccountId()).filter(Account::isActive);
            if (settings.map(NotificationSettings::getEmail).isEmpty() || account.isEmpty()) {
                n.emailNotWanted();
                continue;
            }
            if (!stillVisible(n, NotificationRepository.reader(account.get()))) {
                n.emailWithheld();
                continue;
            }
            if (settings.get().getDelivery() == Delivery.DIGEST) {
                if (digest) {
                    digests.computeIfAbsent(n.getAccountId(), k -> new ArrayList<>()).add(n);
                }
                continue;
            }
            Locale locale = Locale.forLanguageTag(settings.get().getLanguage());
            String line = line(n, locale);
            out.add(new Outgoing(List.of(n.getId()), settings.get().getEmail(),
                    NotificationText.text("mail.subject", locale, line),
                    body(List.of(n), locale, site)));
        }
        digests.forEach((accountId, list) -> {
            NotificationSettings settings = notifications.settings(accountId).orElseThrow();
            Locale locale = Locale.forLanguageTag(settings.getLanguage());
            out.add(new Outgoing(list.stream().map(Notification::getId).toList(), settings.getEmail(),
                    NotificationText.text("mail.subject.digest", locale, list.size()), body(list, locale, site)));
        });
        return out;
    }

    public void sent(List<Long> ids) {
        ids.forEach(id -> notifications.find(id).ifPresent(Notification::emailSent));
    }

    public void failed(List<Long> ids) {
        Instant now = Instant.now();
        ids.forEach(id -> notifications.find(id).ifPresent(n -> n.emailFailed(now)));
    }

    private boolean stillVisible(Notification n, Reader recipient) {
        if (n.getMeasureId() != null && measures.find(n.getMeasureId(), recipient).isEmpty()) {
            return false;
        }
        for (Long claimId : new Long[]{n.getClaimId(), n.getOtherClaimId()}) {
            if (claimId != null) {
                Claim claim = claims.find(claimId).orElse(null);
                if (!NotificationRules.mayBeToldOf(claim, recipient)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The notification's one-line text in this language. */
    public String line(Notification n, Locale locale) {
        Measure measure = n.getMeasureId() == null ? null : measures.find(n.getMeasureId()).orElse(null);
        String organization = n.getOrganization() == null ? null : organizations.findBySlug(n.getOrganization())
                .map(o -> o.getDisplayName()).orElse(n.getOrganization());
        return NotificationText.line(n, measure, organization, locale);
    }

    private String body(List<Notification> list, Locale locale, String site) {
        StringBuilder body = new StringBuilder(NotificationText.text("mail.greeting", locale)).append("\n\n");
        for (Notification n : list) {
            Measure measure = n.getMeasureId() == null ? null : measures.find(n.getMeasureId()).orElse(null);
            body.append("- ").append(line(n, locale)).append('\n');
            body.append("  ").append(NotificationText.text("mail.open", locale, site + NotificationText.path(n, measure)))
                    .append("\n\n");
        }
        body.append("-- \n").append(NotificationText.text("mail.footer", locale)).append('\n');
        return body.toString();
    }
}
