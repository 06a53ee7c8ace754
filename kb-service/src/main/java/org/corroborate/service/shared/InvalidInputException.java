package org.corroborate.service.shared;

import jakarta.ejb.ApplicationException;

import java.util.Locale;
import java.util.Optional;

/** Input the domain refuses (a low bound above the high one, an unknown measure); nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    private final Message localized;

    /** A refusal whose message exists in English only (the model's own rule messages). */
    public InvalidInputException(String message) {
        this(message, (Throwable) null);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
        this.localized = null;
    }

    protected InvalidInputException(Message message) {
        super(message.format(Locale.ENGLISH));
        this.localized = message;
    }

    /** A refusal whose message comes from the {@code Messages} bundle of {@code domain}'s package. */
    public static InvalidInputException of(Class<?> domain, String key, Object... args) {
        return new InvalidInputException(Message.of(domain, key, args));
    }

    /** The message as a bundle key, for showing later in a reader's language; empty when it exists in English only. */
    public Optional<Message> reason() {
        return Optional.ofNullable(localized);
    }

    /** The message in this language, when it has been translated; else the English one. */
    public String getMessage(Locale locale) {
        return localized == null ? getMessage() : localized.format(locale);
    }
}
