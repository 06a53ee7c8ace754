package org.corroborate.web.faces.source.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.corroborate.web.faces.support.Messages;

/** Messages for the person on the page, in their language, from the {@code texts} bundle. */
final class FacesNotes {

    private FacesNotes() {
    }

    /** A text from the {@code texts} bundle, formatted. */
    static String text(String key, Object... args) {
        return Messages.text("org.corroborate.web.i18n.texts", key, args);
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
