package org.corroborate.web.faces.source.edit;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.StaleEditException;

import java.util.Locale;

/** Shows a service's refusal on the page, in the reader's language where the service translated it. */
public final class FacesErrors {

    private FacesErrors() {
    }

    /** @return true when the exception was a refusal now shown as a message; false when it is none of ours */
    public static boolean show(RuntimeException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof InvalidInputException invalid) {
            error(faces, invalid.getMessage(locale));
        } else if (t instanceof NotPermittedException refused) {
            error(faces, refused.getMessage(locale));
        } else if (t instanceof StaleEditException stale) {
            error(faces, stale.getMessage());
        } else if (t instanceof ConstraintViolationException cve) {
            cve.getConstraintViolations().forEach(v -> error(faces, v.getPropertyPath() + ": " + v.getMessage()));
        } else {
            return false;
        }
        faces.validationFailed();
        return true;
    }

    public static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
