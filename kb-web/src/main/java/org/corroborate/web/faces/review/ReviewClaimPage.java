package org.corroborate.web.faces.review;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.model.review.Decision;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.review.NewComment;
import org.corroborate.service.review.ReviewNoteView;
import org.corroborate.service.review.Reviews;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;
import org.corroborate.web.faces.support.Pages;

import java.io.Serializable;
import java.util.List;

/**
 * Reviewing one claim ({@code /review/claim.xhtml?id=}): the claim with its citations and cross-references, the
 * comments so far, a comment on a field, and the decision.
 */
@Named
@ViewScoped
public class ReviewClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.corroborate.web.i18n.review";

    @Inject
    Reviews reviews;

    @Inject
    Claims claims;

    @Inject
    CurrentReader caller;

    private String id;
    private ClaimView claim;
    private List<ReviewNoteView> notes = List.of();
    private String field = "FIGURE";
    private Long citation;
    private String text;
    private String note;

    public void load() {
        long claimId = Pages.id(id);
        claim = claims.find(claimId, caller.reader()).orElse(null);
        if (claim == null) {
            Pages.notFound();
            return;
        }
        notes = reviews.notes(caller.reader(), claimId);
    }

    public boolean isOwnOrganization() {
        return claim != null && caller.reader().belongsTo(claim.organization().slug());
    }

    public boolean isUnderReview() {
        return claim != null && "SUBMITTED".equals(claim.status());
    }

    /** Adds a comment on the chosen field without deciding yet. */
    public String comment() {
        try {
            reviews.comment(caller.reader(), claim.id(), new NewComment(field, citation, text));
            return done("review.commented");
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    public String verify() {
        return decide(Decision.VERIFY);
    }

    public String requestChanges() {
        return decide(Decision.REQUEST_CHANGES);
    }

    public String reject() {
        return decide(Decision.REJECT);
    }

    private String decide(Decision decision) {
        try {
            List<NewComment> comments = text == null || text.isBlank() ? List.of() : List.of(new NewComment(field, citation, text));
            reviews.decide(caller.reader(), claim.id(), claim.version(), decision, comments, note);
            return done("review.decided." + decision.name());
        } catch (RuntimeException e) {
            return refused(e);
        }
    }

    private String done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(BUNDLE, key), null));
        return "/review/claim?faces-redirect=true&id=" + claim.id();
    }

    private String refused(RuntimeException e) {
        if (!FacesErrors.show(e)) {
            throw e;
        }
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ClaimView getClaim() {
        return claim;
    }

    public List<ReviewNoteView> getNotes() {
        return notes;
    }

    public List<String> getFields() {
        return List.of("FIGURE", "PERIOD", "MEASURE", "CITATION", "POPULATION", "STATEMENT", "GENERAL");
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public Long getCitation() {
        return citation;
    }

    public void setCitation(Long citation) {
        this.citation = citation;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
