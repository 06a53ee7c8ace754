package org.corroborate.web.faces.notification;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.Optional;
import org.corroborate.web.security.CurrentReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.notification.Notifications;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;

/**
 * Watch or stop watching a measure from its page ({@code measure-watch.xhtml}), for signed-in members. The page is
 * stateless for the public, so the form names the measure itself.
 */
@Named
@RequestScoped
public class MeasureWatch {

    @Inject
    Notifications notifications;

    @Inject
    CurrentReader caller;

    private String slug;
    private Boolean watching;

    /** Whether the member watches the measure; null for the public (nothing is shown). */
    public Boolean watching(String measureSlug) {
        if (measureSlug == null || caller.reader().accountId().isEmpty()) {
            return null;
        }
        if (!measureSlug.equals(slug)) {
            slug = measureSlug;
            watching = notifications.watching(caller.reader(), measureSlug).orElse(null);
        }
        return watching;
    }

    public String toggle() {
        String measure = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("measure");
        try {
            Optional<Boolean> before = measure == null ? Optional.empty() : notifications.watching(caller.reader(), measure);
            FacesContext faces = FacesContext.getCurrentInstance();
            if (before.isEmpty()) {
                // a measure this member may not know of (or none): said on the page, nothing changes
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(NotificationsPage.BUNDLE, "watch.unknown"), null));
                return null;
            }
            boolean now = before.get()
                    ? notifications.unwatch(caller.reader(), measure).orElse(false)
                    : notifications.watch(caller.reader(), measure).orElse(false);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(NotificationsPage.BUNDLE, now ? "watch.started" : "watch.stopped"), null));
            return "/measure?faces-redirect=true&slug=" + URLEncoder.encode(measure, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            if (!FacesErrors.show(e)) {
                throw e;
            }
            return null;
        }
    }
}
