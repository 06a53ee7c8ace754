package org.corroborate.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Predicate;

/** The caller's language, from its Accept-Language header, and the web layer's texts in it. */
public final class Languages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Languages() {
    }

    /** The caller's preferred language (Accept-Language), English when it names none. */
    public static Locale of(HttpHeaders headers) {
        return first(headers, l -> !"*".equals(l.getLanguage()));
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
        if (headers == null) {
            return Locale.ENGLISH;
        }
        return headers.getAcceptableLanguages().stream().filter(wanted).findFirst().orElse(Locale.ENGLISH);
    }
}
