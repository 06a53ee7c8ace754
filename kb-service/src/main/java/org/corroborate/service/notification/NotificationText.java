package org.corroborate.service.notification;

import org.corroborate.model.measure.Measure;
import org.corroborate.model.notification.Notification;
import org.corroborate.service.shared.Message;

import java.util.Locale;

/**
 * A notification's text in a reader's language: what happened, to which claim of which measure, and which
 * organization acted; never a source's title or quote, a comment's text, nor a person's name.
 */
final class NotificationText {

    private NotificationText() {
    }

    /** The one-line text. {@code organization} is the acting organization's display name (or null). */
    static String line(Notification n, Measure measure, String organization, Locale locale) {
        String measureName = measure == null ? "" : name(measure, locale);
        String detail = n.getDetail() == null ? "" : Message.of(NotificationText.class, "detail." + n.getDetail()).format(locale);
        return Message.of(NotificationText.class, "line." + n.getKind().name(), measureName,
                n.getClaimId() == null ? "" : Long.toString(n.getClaimId()),
                n.getOtherClaimId() == null ? "" : Long.toString(n.getOtherClaimId()),
                organization == null ? "" : organization,
                detail, n.getVersionNumber() == null ? "" : Integer.toString(n.getVersionNumber())).format(locale);
    }

    /** Where in the app it is seen (a path under the site, without the leading slash). */
    static String path(Notification n, Measure measure) {
        return switch (n.getKind()) {
            case COMMENT, DECISION -> "contribute/my-items.xhtml";
            case APPROVAL_WANTED -> measure == null ? "review/conflicts.xhtml" : "review/reconcile.xhtml?measure=" + measure.getSlug();
            default -> measure == null ? "" : "measures/" + measure.getSlug();
        };
    }

    static String name(Measure measure, Locale locale) {
        return "ko".equals(locale.getLanguage()) && measure.getNameKo() != null ? measure.getNameKo() : measure.getName();
    }

    static String text(String key, Locale locale, Object... args) {
        return Message.of(NotificationText.class, key, args).format(locale);
    }
}
