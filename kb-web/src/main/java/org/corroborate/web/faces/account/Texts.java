package org.corroborate.web.faces.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.corroborate.web.faces.support.FacesErrors;

import java.text.MessageFormat;
import java.util.Locale;

/** Messages of the accounts screens, from the {@code acc} bundle, in the page's language. */
public final class Texts {

    private Texts() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "acc").getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    public static void info(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** A service's refusal, in the page's language. */
    public static void refusal(String clientId, RuntimeException e) {
        if (!FacesErrors.message(clientId, e)) {
            add(clientId, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, null));
    }
}
