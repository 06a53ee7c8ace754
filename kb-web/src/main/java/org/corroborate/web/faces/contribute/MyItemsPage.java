package org.corroborate.web.faces.contribute;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimItem;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.shared.NotPermittedException;

import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.List;

/** The reader's organization's own claims in every status ({@code /contribute/my-items.xhtml}). */
@Named
@ViewScoped
public class MyItemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Claims claims;

    @Inject
    Reader reader;

    private List<ClaimItem> items = List.of();
    private boolean signedIn;

    public void load() {
        try {
            items = claims.mine(reader);
            signedIn = true;
        } catch (NotPermittedException e) {
            items = List.of();
            signedIn = false;
        }
    }

    public List<ClaimItem> getItems() {
        return items;
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    public String citations(int count) {
        return ClaimEditPage.text("mine.citations", count);
    }

    /** A moment as a short date and time in the reader's language, in the server's time zone. */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /** The CSS modifier of a status badge: "draft", "changes-requested"... */
    public String badge(String status) {
        return status == null ? "" : status.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
