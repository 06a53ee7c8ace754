package org.corroborate.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.Set;

/** How a member wants to be told: an e-mail address (none: in the app only), immediately or in a daily digest, in which language. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    public static final Set<String> LANGUAGES = Set.of("en", "ko");
    public static final int MAX_EMAIL_LENGTH = 254;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(length = MAX_EMAIL_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Delivery delivery;

    @Column(nullable = false, length = 2)
    private String language;

    @Version
    private long version;

    protected NotificationSettings() {
        // for JPA
    }

    public NotificationSettings(long accountId) {
        this.accountId = accountId;
        this.delivery = Delivery.IMMEDIATE;
        this.language = "en";
    }

    /** Changes the settings; a blank address means none. */
    public void change(String email, Delivery delivery, String language) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > MAX_EMAIL_LENGTH || !address.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new IllegalArgumentException("Not an e-mail address: " + address);
        }
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Not a language of Corroborate: " + language);
        }
        this.email = address;
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.language = language;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public String getLanguage() {
        return language;
    }

    public long getVersion() {
        return version;
    }
}
