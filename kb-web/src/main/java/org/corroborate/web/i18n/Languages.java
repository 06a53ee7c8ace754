package org.corroborate.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Predicate;

/**
 * The caller's language, from its Accept-Language header, and the web layer's texts in it. A header that is not one
 * (";;;q=x") is read as naming no language, so the answer is in English: JAX-RS's own reading of the header throws
 * instead, which turned every refusal written for such a caller into a 500.
 */
public final class Languages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Languages() {
    }

    /** The caller's preferred language (Accept-Language), English when it names none. */
    public static Locale of(HttpHeaders headers) {
        return first(headers, l -> true);
    }

    /** The same for a request seen before JAX-RS (by a servlet filter). */
    public static Locale of(HttpServletRequest request) {
        // without the header the container answers with the server's own language, which the caller did not ask for
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    }

    /** The caller's most preferred language among the given ones (by language code), English when none is named. */
    public static Locale among(HttpHeaders headers, String... languages) {
        List<String> known = List.of(languages);
        return first(headers, l -> known.contains(l.getLanguage()));
    }

    /**
     * A text of the web layer's bundle {@code org.corroborate.web.i18n.<bundle>} in this language (English when it is
     * not translated into it), with its {@link MessageFormat} arguments.
     */
    public static String text(Locale locale, String bundle, String key, Object... args) {
        ResourceBundle texts = ResourceBundle.getBundle("org.corroborate.web.i18n." + bundle, locale,
                Languages.class.getClassLoader(), NO_FALLBACK);
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    private static Locale first(HttpHeaders headers, Predicate<Locale> wanted) {
        String header = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return acceptable(header).stream().filter(wanted).findFirst().orElse(Locale.ENGLISH);
    }

    /**
     * The languages an Accept-Language header names, most preferred first, without the wildcard and those it
     * refuses ({@code q=0}); none when there is no header or it is malformed.
     */
    static List<Locale> acceptable(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(Locale.LanguageRange::getRange)
                    .filter(range -> !range.startsWith("*"))
                    .map(Locale::forLanguageTag)
                    .filter(locale -> !locale.getLanguage().isEmpty())
                    .toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
