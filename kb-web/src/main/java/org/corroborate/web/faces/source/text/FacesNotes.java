package org.corroborate.web.faces.source.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages for the person on the page, in their language, from the {@code texts} bundle. */
final class FacesNotes {

    private FacesNotes() {
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /** A text from the {@code texts} bundle, formatted. */
    static String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.corroborate.web.i18n.texts", locale());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    static void info(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_INFO, message);
    }

    static void error(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, null));
    }
}
