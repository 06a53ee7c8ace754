package org.corroborate.service.shared;

import jakarta.ejb.ApplicationException;

/**
 * Input refused for its size alone (bytes, rows, records) before any of it is worked on; nothing was changed. The API
 * answers it with 413, a page as any other refusal.
 */
@ApplicationException(rollback = true)
public class TooLargeException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private TooLargeException(Message message) {
        super(message);
    }

    /** A refusal whose message comes from the {@code Messages} bundle of {@code domain}'s package. */
    public static TooLargeException of(Class<?> domain, String key, Object... args) {
        return new TooLargeException(Message.of(domain, key, args));
    }
}
