package org.corroborate.service.shared;

import jakarta.ejb.ApplicationException;

import java.util.Locale;

/**
 * Work refused because the caller, or the server, already has as much of it waiting or running as it may: nothing
 * was queued or changed; the same request may succeed after {@link #retryAfterSeconds()}. The API answers it with
 * 429 and {@code Retry-After}.
 */
@ApplicationException(rollback = true)
public class TooBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message localized;
    private final int retryAfterSeconds;

    public TooBusyException(Message message, int retryAfterSeconds) {
        super(message.format(Locale.ENGLISH));
        this.localized = message;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String getMessage(Locale locale) {
        return localized.format(locale);
    }

    /** Seconds after which trying again makes sense. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
