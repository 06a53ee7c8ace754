package org.corroborate.service.notification;

import java.time.Instant;

/**
 * One notification as its member sees it: what it is about, the text in the reader's language, and where in the app
 * to look ({@code path}, under the site, without the leading slash).
 *
 * @param kind    COMMENT, DECISION, NEW_CLAIM, CONFLICT, APPROVAL_WANTED or DISSENT
 * @param measure the measure's slug, when it is about one
 * @param claim   the claim it is about, when one
 */
public record NotificationView(long id, String kind, String measure, Long claim, String text, String path,
                               Instant createdAt, boolean read) {
}
