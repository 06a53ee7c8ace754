package org.corroborate.web.faces.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the one a reader picked with a {@code ?lang=} link (kept in a cookie, so it holds on
 * later visits), else the browser's preferred one among English and Korean, else English.
 *
 * <p>Deliberately not kept in the HTTP session: anonymous readers get no session, so their pages can be served
 * from the cache of rendered pages ({@code web.freshness}), which works the language out the same way.
 */
@Named
@RequestScoped
public class LocaleSelection {

    public static final List<String> SUPPORTED = List.of("en", "ko");
    public static final String COOKIE = "kb-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            String language = of(request);
            String requested = request.getParameter("lang");
            if (requested != null && SUPPORTED.contains(requested) && !requested.equals(cookie(request))) {
                Cookie chosen = new Cookie(COOKIE, requested);
                chosen.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                chosen.setMaxAge(ONE_YEAR);
                chosen.setHttpOnly(true);
                chosen.setAttribute("SameSite", "Lax");
                ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(chosen);
            }
            locale = Locale.forLanguageTag(language);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * The one place pages choose between an English text and its Korean form: the Korean one on a Korean page when
     * it is given, the English one otherwise ({@code #{localeSelection.pick(m.name, m.nameKo)}}).
     */
    public String pick(String english, String korean) {
        return korean != null && !korean.isBlank() && "ko".equals(getLanguage()) ? korean : english;
    }

    /** The language of {@link #pick}'s answer, for a {@code lang} attribute: "ko" when the Korean form was chosen. */
    public String langOf(String english, String korean) {
        return korean != null && !korean.isBlank() && "ko".equals(getLanguage()) ? "ko" : "en";
    }

    /** The language of a page request: {@code ?lang=}, the reader's cookie, Accept-Language, English. */
    public static String of(HttpServletRequest request) {
        String requested = request.getParameter("lang");
        if (requested != null && SUPPORTED.contains(requested)) {
            return requested;
        }
        String kept = cookie(request);
        if (kept != null && SUPPORTED.contains(kept)) {
            return kept;
        }
        return preferred(request);
    }

    /** The browser's preferred language among the supported ones (Accept-Language), English when it names none. */
    public static String preferred(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return "en";
        }
        for (Enumeration<Locale> it = request.getLocales(); it.hasMoreElements(); ) {
            String language = it.nextElement().getLanguage();
            if (SUPPORTED.contains(language)) {
                return language;
            }
        }
        return "en";
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }
}
