package org.corroborate.service.source.bibliography;

import org.corroborate.service.shared.Message;

import java.io.Serializable;
import java.util.Locale;

/**
 * Something about a record the person importing it should know. An {@link Severity#ERROR} keeps the record from
 * being written; a {@link Severity#WARNING} says what was left out or guessed.
 */
public record Problem(Severity severity, Message message) implements Serializable {

    public enum Severity { ERROR, WARNING }

    static Problem error(String key, Object... args) {
        return new Problem(Severity.ERROR, Message.of(Problem.class, key, args));
    }

    static Problem warning(String key, Object... args) {
        return new Problem(Severity.WARNING, Message.of(Problem.class, key, args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String text(Locale locale) {
        return message.format(locale);
    }
}
