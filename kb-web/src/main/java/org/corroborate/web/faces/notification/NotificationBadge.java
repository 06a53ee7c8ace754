package org.corroborate.web.faces.notification;

import org.corroborate.web.security.CurrentReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.notification.Notifications;

/** The number of the signed-in member's unread notifications, for the header's account menu (once per request). */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    Notifications notifications;

    @Inject
    CurrentReader caller;

    private Integer unread;

    public int getUnread() {
        if (unread == null) {
            unread = caller.reader().accountId().isPresent() ? notifications.unread(caller.reader()) : 0;
        }
        return unread;
    }
}
