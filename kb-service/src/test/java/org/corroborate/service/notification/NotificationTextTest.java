package org.corroborate.service.notification;

import org.corroborate.model.notification.EmailState;
import org.corroborate.model.notification.Notification;
import org.corroborate.model.notification.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTextTest {

    private static final Locale KOREAN = Locale.KOREAN;

    @Test
    void everyKindReadsInEnglishAndKoreanWithEveryPlaceholderFilled() {
        for (NotificationKind kind : NotificationKind.values()) {
            Notification n = new Notification(1, kind, null, 42L, 43L, 2, "heritage", detailOf(kind), true);
            String english = NotificationText.line(n, null, "Heritage", Locale.ENGLISH);
            String korean = NotificationText.line(n, null, "Heritage", KOREAN);
            for (String text : new String[]{english, korean}) {
                assertFalse(text.contains("{") || text.startsWith("line."), kind + ": " + text);
            }
            assertNotEquals(english, korean, kind + " has a Korean text");
        }
    }

    @Test
    void aDecisionSaysWhatWasDecidedInTheReadersLanguage() {
        Notification n = new Notification(1, NotificationKind.DECISION, null, 42L, null, null, "hrnk", "REQUEST_CHANGES", true);
        assertTrue(NotificationText.line(n, null, "HRNK", Locale.ENGLISH).contains("HRNK reviewed your organization's claim 42"));
        assertTrue(NotificationText.line(n, null, "HRNK", Locale.ENGLISH).endsWith("changes requested."));
        assertTrue(NotificationText.line(n, null, "HRNK", KOREAN).contains("수정 요청"));
    }

    @Test
    void aFailedEmailStaysPendingAndIsTriedLaterEachTimeLater() {
        Notification n = new Notification(1, NotificationKind.COMMENT, null, 42L, null, null, "hrnk", null, true);
        Instant now = Instant.parse("2026-12-07T00:00:00Z");
        n.emailFailed(now);
        assertEquals(EmailState.PENDING, n.getEmailState());
        assertEquals(now.plus(Duration.ofMinutes(1)), n.getNextAttemptAt());
        n.emailFailed(now);
        assertEquals(now.plus(Duration.ofMinutes(2)), n.getNextAttemptAt());
        for (int i = 0; i < Notification.QUICK_ATTEMPTS; i++) {
            n.emailFailed(now);
        }
        assertEquals(now.plus(Duration.ofDays(1)), n.getNextAttemptAt(), "then once a day, never given up");
        n.emailSent();
        assertEquals(EmailState.SENT, n.getEmailState());
    }

    @Test
    void aMemberWithoutAnAddressIsToldInTheAppOnly() {
        assertEquals(EmailState.NONE,
                new Notification(1, NotificationKind.COMMENT, null, 42L, null, null, "hrnk", null, false).getEmailState());
    }

    private static String detailOf(NotificationKind kind) {
        return switch (kind) {
            case DECISION -> "VERIFY";
            case DISSENT -> "DISSENT";
            default -> null;
        };
    }
}
