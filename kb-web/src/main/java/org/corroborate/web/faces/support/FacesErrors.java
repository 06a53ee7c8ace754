package org.corroborate.web.faces.support;

import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.NotRetryableException;
import org.corroborate.service.shared.StaleEditException;
import org.corroborate.service.shared.TooBusyException;
import org.corroborate.service.storage.Storage;
import org.corroborate.service.storage.StorageFailures;

import java.util.Locale;

/**
 * Shows a service's refusal on the page, in the reader's language where the service translated it; also a change the
 * database could not store (full disk, database unreachable), with what the user entered kept on the page.
 */
public final class FacesErrors {

    private static final String MESSAGES = "org.corroborate.web.i18n.messages";

    private FacesErrors() {
    }

    /**
     * Shows the refusal as page-wide error messages and marks the request as failed validation.
     *
     * @return true when the exception was a refusal now shown as a message; false when it is none of ours
     */
    public static boolean show(RuntimeException e) {
        return show(null, e);
    }

    /** As {@link #show(RuntimeException)}, the messages attached to the given component (null: page-wide). */
    public static boolean show(String clientId, RuntimeException e) {
        if (!message(clientId, e)) {
            return false;
        }
        FacesContext.getCurrentInstance().validationFailed();
        return true;
    }

    /**
     * Shows the refusal as error messages only (the request is not marked as failed validation).
     *
     * @return true when the exception was a refusal now shown as a message; false when it is none of ours
     */
    public static boolean message(String clientId, RuntimeException e) {
        return message(clientId, FacesMessage.SEVERITY_ERROR, e);
    }

    /** As {@link #message(String, RuntimeException)}, with the given severity. */
    public static boolean message(String clientId, FacesMessage.Severity severity, RuntimeException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = Messages.locale();
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof InvalidInputException invalid) {
            add(faces, clientId, severity, invalid.getMessage(locale));
        } else if (t instanceof NotPermittedException refused) {
            add(faces, clientId, severity, refused.getMessage(locale));
        } else if (t instanceof TooBusyException busy) {
            add(faces, clientId, severity, busy.getMessage(locale));
        } else if (t instanceof StaleEditException stale) {
            add(faces, clientId, severity, stale.getMessage(locale));
        } else if (t instanceof NotRetryableException notRetryable) {
            add(faces, clientId, severity, notRetryable.getMessage(locale));
        } else if (t instanceof ConstraintViolationException cve) {
            cve.getConstraintViolations().forEach(v ->
                    add(faces, clientId, severity, v.getPropertyPath() + ": " + v.getMessage()));
        } else if (StorageFailures.isStorageFailure(t)) {
            // the page keeps what the user entered; the answer stays 200, so that an AJAX form shows the message
            CDI.current().select(Storage.class).get().failed(t);
            add(faces, clientId, severity, Messages.text(MESSAGES, "error.unavailable"));
        } else {
            return false;
        }
        return true;
    }

    public static void error(FacesContext faces, String text) {
        error(faces, null, text);
    }

    public static void error(FacesContext faces, String clientId, String text) {
        add(faces, clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesContext faces, String clientId, FacesMessage.Severity severity, String text) {
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
