package org.corroborate.web.rest;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The caller's language, from its Accept-Language header. */
public final class Languages {

    private Languages() {
    }

    /** The caller's preferred language (Accept-Language), English when it names none. */
    public static Locale of(HttpHeaders headers) {
        return first(headers, l -> !"*".equals(l.getLanguage()));
    }

    /** The caller's most preferred language among the given ones (by language code), English when none is named. */
    public static Locale among(HttpHeaders headers, String... languages) {
        List<String> known = List.of(languages);
        return first(headers, l -> known.contains(l.getLanguage()));
    }

    private static Locale first(HttpHeaders headers, Predicate<Locale> wanted) {
        if (headers == null) {
            return Locale.ENGLISH;
        }
        try {
            return headers.getAcceptableLanguages().stream().filter(wanted).findFirst().orElse(Locale.ENGLISH);
        } catch (RuntimeException malformed) {
            // an Accept-Language the runtime cannot read names no language we could honour
            return Locale.ENGLISH;
        }
    }
}
