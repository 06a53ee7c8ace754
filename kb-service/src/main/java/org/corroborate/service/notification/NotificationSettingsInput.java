package org.corroborate.service.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.notification.NotificationSettings;
import org.corroborate.model.shared.StorableText;

/**
 * New notification settings.
 *
 * @param email    the address to e-mail (blank or null: none, in the app only)
 * @param delivery IMMEDIATE or DIGEST
 * @param language en or ko
 */
@StorableText
public record NotificationSettingsInput(@Email @Size(max = NotificationSettings.MAX_EMAIL_LENGTH) String email,
                                        @NotNull @Pattern(regexp = "IMMEDIATE|DIGEST") String delivery,
                                        @NotNull @Pattern(regexp = "en|ko") String language) {
}
