package org.corroborate.service.notification;

import java.io.Serializable;

/**
 * How a member is told: the e-mail address (null: in the app only), IMMEDIATE or DIGEST (daily), and the language of
 * the e-mails (en or ko); {@code mailServer} says whether this installation sends e-mail at all.
 */
public record NotificationSettingsView(String email, String delivery, String language, boolean mailServer) implements Serializable {
}
