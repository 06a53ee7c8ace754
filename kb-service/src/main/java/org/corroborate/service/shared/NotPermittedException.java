package org.corroborate.service.shared;

import jakarta.ejb.ApplicationException;

import java.util.Locale;

/** The caller may not do this (another organization's draft, a missing role); nothing was changed. */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message localized;

    private NotPermittedException(Message message) {
        super(message.format(Locale.ENGLISH));
        this.localized = message;
    }

    /** A refusal whose message comes from the {@code Messages} bundle of {@code domain}'s package. */
    public static NotPermittedException of(Class<?> domain, String key, Object... args) {
        return new NotPermittedException(Message.of(domain, key, args));
    }

    public String getMessage(Locale locale) {
        return localized.format(locale);
    }
}
