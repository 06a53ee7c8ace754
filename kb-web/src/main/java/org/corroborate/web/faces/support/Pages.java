package org.corroborate.web.faces.support;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What screens do when their subject is missing: answer 404, which shows the not-found page. */
public final class Pages {

    private Pages() {
    }

    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (answered(faces)) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Answers 301 with the address {@code path} (relative to the application), for an entry that moved there. */
    public static void movedTo(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (answered(faces)) {
            return;
        }
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        external.setResponseStatus(301);
        external.setResponseHeader("Location", external.getRequestContextPath() + path);
        faces.responseComplete();
    }

    /** True when an action of the same request already answered (a redirect): nothing more can be sent. */
    private static boolean answered(FacesContext faces) {
        return faces.getResponseComplete() || faces.getExternalContext().isResponseCommitted();
    }

    /** The id in a page parameter, or -1 when it is missing or is not a positive whole number. */
    public static long id(String text) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            return id > 0 ? id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
