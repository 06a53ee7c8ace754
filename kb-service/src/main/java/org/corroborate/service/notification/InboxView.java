package org.corroborate.service.notification;

import java.util.List;

/** A member's notifications, the newest first, and how many are unread. */
public record InboxView(int unread, List<NotificationView> notifications) {
}
