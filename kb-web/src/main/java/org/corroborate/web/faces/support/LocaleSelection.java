package org.corroborate.web.faces.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the browser's preferred one among English and Korean, until the reader picks one
 * with a {@code ?lang=} link, which then holds for the rest of the session.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> SUPPORTED = List.of("en", "ko");

    private String chosen;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String requested = faces.getExternalContext().getRequestParameterMap().get("lang");
        if (requested != null && SUPPORTED.contains(requested)) {
            chosen = requested;
        }
        if (chosen != null) {
            return Locale.forLanguageTag(chosen);
        }
        for (Iterator<Locale> it = faces.getExternalContext().getRequestLocales(); it.hasNext(); ) {
            Locale preferred = it.next();
            if (SUPPORTED.contains(preferred.getLanguage())) {
                return Locale.forLanguageTag(preferred.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
