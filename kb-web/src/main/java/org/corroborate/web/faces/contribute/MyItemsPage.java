package org.corroborate.web.faces.contribute;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimItem;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.review.ReviewNoteView;
import org.corroborate.service.review.Reviews;
import org.corroborate.service.shared.NotPermittedException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The reader's organization's own claims in every status ({@code /contribute/my-items.xhtml}). */
@Named
@ViewScoped
public class MyItemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Claims claims;

    @Inject
    CurrentReader caller;

    @Inject
    Reviews reviews;

    private Map<Long, List<ReviewNoteView>> notes = Map.of();

    private List<ClaimItem> items = List.of();
    private boolean signedIn;

    public void load() {
        try {
            items = claims.mine(caller.reader());
            notes = reviews.notesOfMine(caller.reader(), items.stream().map(ClaimItem::id).toList());
            signedIn = true;
        } catch (NotPermittedException e) {
            items = List.of();
            signedIn = false;
        }
    }

    public List<ClaimItem> getItems() {
        return items;
    }

    /** The review comments and decisions on one of the items, oldest first. */
    public List<ReviewNoteView> notes(long claimId) {
        return notes.getOrDefault(claimId, List.of());
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    public String citations(int count) {
        return ClaimEditPage.text("mine.citations", count);
    }
}
