package org.corroborate.web.faces.notification;

import org.corroborate.web.security.CurrentReader;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.notification.InboxView;
import org.corroborate.service.notification.NotificationSettingsInput;
import org.corroborate.service.notification.NotificationSettingsView;
import org.corroborate.service.notification.Notifications;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;

import java.io.Serializable;

/**
 * The member's notifications ({@code /account/notifications.xhtml}): the latest, unread first marked, each marked read
 * on its own or all at once, and how the member is told (e-mail address, immediate or daily digest, language).
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "org.corroborate.web.i18n.notifications";

    @Inject
    Notifications notifications;

    @Inject
    CurrentReader caller;

    private transient InboxView inbox;
    private String email;
    private String delivery;
    private String language;
    private boolean mailServer;

    public void load() {
        NotificationSettingsView settings = notifications.settings(caller.reader());
        email = settings.email();
        delivery = settings.delivery();
        language = settings.language();
        mailServer = settings.mailServer();
    }

    public InboxView getInbox() {
        if (inbox == null) {
            inbox = notifications.inbox(caller.reader(), Messages.locale());
        }
        return inbox;
    }

    public void markRead(long id) {
        inbox = notifications.markRead(caller.reader(), id, Messages.locale()).orElse(null);
    }

    public void markAllRead() {
        inbox = notifications.markAllRead(caller.reader(), Messages.locale());
    }

    public void save() {
        try {
            NotificationSettingsView saved = notifications.changeSettings(caller.reader(),
                    new NotificationSettingsInput(email, delivery, language));
            email = saved.email();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(BUNDLE, "settings.saved"), null));
        } catch (RuntimeException e) {
            if (!FacesErrors.show(e)) {
                throw e;
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isMailServer() {
        return mailServer;
    }
}
