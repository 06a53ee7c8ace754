package org.corroborate.web.faces.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;


/** Messages of the accounts screens, from the {@code acc} bundle, in the page's language. */
public final class Texts {

    private Texts() {
    }

    public static String text(String key, Object... args) {
        return Messages.text("org.corroborate.web.i18n.accounts", key, args);
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
