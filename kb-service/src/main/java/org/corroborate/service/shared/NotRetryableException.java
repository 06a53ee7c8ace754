package org.corroborate.service.shared;

import jakarta.ejb.ApplicationException;

import java.util.Locale;

/**
 * A retry asked of a background job that is not failed, or failed in a way a retry cannot change (its file was
 * refused): nothing was queued. The API answers it with 409.
 */
@ApplicationException(rollback = true)
public class NotRetryableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message localized;

    public NotRetryableException(Message message) {
        super(message.format(Locale.ENGLISH));
        this.localized = message;
    }

    public String getMessage(Locale locale) {
        return localized.format(locale);
    }
}
