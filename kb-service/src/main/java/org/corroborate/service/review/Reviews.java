package org.corroborate.service.review;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.review.Decision;
import org.corroborate.model.review.ReviewField;
import org.corroborate.model.review.ReviewNote;
import org.corroborate.model.shared.StorableText;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.ClaimChanged;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.reconciliation.Reconciliations;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;
import org.corroborate.service.shared.StaleEditException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Review of submitted claims: the queue, comments on specific fields, and decisions. An editor cannot verify or
 * reject a claim of their own organization: a second pair of eyes from another organization is required. Each public
 * method is one transaction; every change is audited; a refusal changes nothing.
 */
@Stateless
public class Reviews {

    @Inject
    ClaimRepository claims;

    @Inject
    ReviewRepository notes;

    @Inject
    Claims claimViews;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ClaimChanged> changed;

    @Inject
    Reconciliations reconciliations;

    @Inject
    Event<ClaimReviewed> reviewed;

    /** Submitted claims, the longest waiting first. */
    public List<ReviewItem> queue(@NotNull Reader editor, @NotNull @Valid ReviewFilter filter) {
        Permissions.requireRole(editor, Role.EDITOR);
        String own = editor.organizationSlug().orElse(null);
        return notes.waiting(filter, filter.othersOnly() ? own : null).stream()
                .map(c -> new ReviewItem(c.getId(), c.getStatement(), FigureView.of(c),
                        c.getMeasure() == null ? null : MeasureRef.of(c.getMeasure()), PeriodView.of(c.getPeriod()),
                        OrganizationRef.of(c.getOrganization()), c.getSubmittedAt(), c.getVersion(),
                        c.getCitations().size(), !c.getOrganization().getSlug().equals(own)))
                .toList();
    }

    /**
     * The comments and decisions on a claim, oldest first: for editors, and for the claim's own organization so that
     * its contributors see what to fix.
     */
    public List<ReviewNoteView> notes(@NotNull Reader reader, long claimId) {
        Permissions.requireSignedIn(reader);
        // a claim this reader may not see answers exactly as a missing one: nothing tells it exists
        Claim claim = claims.find(claimId).filter(c -> ClaimAccess.maySee(c, reader))
                .orElseThrow(() -> InvalidInputException.of(Reviews.class, "notFound", claimId));
        mayRead(reader, claim);
        return notes.ofClaim(claimId).stream().map(ReviewNoteView::of).toList();
    }

    /**
     * The latest review of a claim, for its form: the comments made on the version the last decision was about (with
     * that decision, when it says something), or before any decision the comments on the latest version commented;
     * oldest first. Empty when nobody has reviewed the claim. Who may read them as {@link #notes}.
     */
    public List<ReviewNoteView> latestReview(@NotNull Reader reader, long claimId) {
        List<ReviewNoteView> all = notes(reader, claimId);
        if (all.isEmpty()) {
            return List.of();
        }
        ReviewNoteView lastDecision = null;
        for (ReviewNoteView n : all) {
            if (n.decision() != null) {
                lastDecision = n;
            }
        }
        long version = lastDecision != null ? lastDecision.claimVersion() : all.get(all.size() - 1).claimVersion();
        ReviewNoteView decision = lastDecision;
        return all.stream()
                .filter(n -> n.claimVersion() == version)
                .filter(n -> n.decision() == null || (n == decision && n.text() != null && !n.text().isBlank()))
                .toList();
    }

    /** The comments and decisions on each of these claims of the reader's organization (for "my items"). */
    public Map<Long, List<ReviewNoteView>> notesOfMine(@NotNull Reader reader, @NotNull Collection<Long> claimIds) {
        Permissions.requireSignedIn(reader);
        Map<Long, List<ReviewNoteView>> byClaim = new LinkedHashMap<>();
        for (ReviewNote n : notes.ofClaims(claimIds)) {
            if (reader.belongsTo(n.getClaim().getOrganization().getSlug())) {
                byClaim.computeIfAbsent(n.getClaim().getId(), k -> new ArrayList<>()).add(ReviewNoteView.of(n));
            }
        }
        return byClaim;
    }

    /** An editor comments on one field of a submitted claim. */
    public ReviewNoteView comment(@NotNull Reader editor, long claimId, @NotNull @Valid NewComment comment) {
        Permissions.requireRole(editor, Role.EDITOR);
        Claim claim = existing(claimId);
        if (claim.getStatus() != ClaimStatus.SUBMITTED) {
            throw InvalidInputException.of(Reviews.class, "notUnderReview", claimId);
        }
        ReviewNote note = add(editor, claim, comment);
        notes.flushQuietly();
        ReviewNoteView view = ReviewNoteView.of(note);
        audit.record(editor, claim.getOrganization().getSlug(), "claim.commented", "claim", claimId,
                "Commented on the " + comment.field().toLowerCase(java.util.Locale.ROOT) + " of claim " + claimId,
                null, view);
        reviewed.fire(new ClaimReviewed(claimId, editor.organizationSlug().orElseThrow(), null));
        return view;
    }

    /**
     * An editor decides on a submitted claim, with comments on specific fields: verify it (it becomes public), send
     * it back for changes (at least one comment says what to change), or reject it.
     *
     * @throws NotPermittedException when the editor's own organization contributed the claim and the decision is to
     *                               verify or reject it
     * @throws StaleEditException    when the claim changed since {@code basedOnVersion}
     */
    public ClaimView decide(@NotNull Reader editor, long claimId, long basedOnVersion, @NotNull Decision decision,
                            @Size(max = 20) List<@Valid NewComment> comments,
                            @Size(max = ReviewNote.MAX_TEXT_LENGTH) @StorableText String note) {
        Permissions.requireRole(editor, Role.EDITOR);
        Claim claim = existing(claimId);
        if (decision.needsAnotherOrganization() && editor.belongsTo(claim.getOrganization().getSlug())) {
            throw NotPermittedException.of(Reviews.class, "fourEyes", claimId);
        }
        if (claim.getVersion() != basedOnVersion) {
            throw new StaleEditException("Claim " + claimId, basedOnVersion, claim.getVersion());
        }
        if (claim.getStatus() != ClaimStatus.SUBMITTED) {
            throw InvalidInputException.of(Reviews.class, "notUnderReview", claimId);
        }
        List<NewComment> fieldComments = comments == null ? List.of() : comments;
        if (decision == Decision.REQUEST_CHANGES && fieldComments.isEmpty()) {
            throw InvalidInputException.of(Reviews.class, "changesNeedComment");
        }
        ClaimView before = claimViews.find(claimId, editor).orElseThrow();
        fieldComments.forEach(c -> add(editor, claim, c));
        notes.add(ReviewNote.decision(claim, decision, note, editor.username(), editor.organizationSlug().orElseThrow()));
        try {
            claim.moveTo(decision.outcome());
            claims.flush();
        } catch (IllegalStateException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Claim " + claimId, basedOnVersion, basedOnVersion + 1);
        }
        changed.fire(new ClaimChanged(claimId));
        if (decision == Decision.VERIFY) {
            reconciliations.claimVerified(claimId);
        }
        ClaimView after = claimViews.find(claimId, editor).orElseThrow();
        audit.record(editor, claim.getOrganization().getSlug(), "claim." + decision.name().toLowerCase(java.util.Locale.ROOT),
                "claim", claimId, decision.name().charAt(0) + decision.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + ": claim " + claimId + (note == null || note.isBlank() ? "" : " (" + note.strip() + ")"),
                before, after);
        reviewed.fire(new ClaimReviewed(claimId, editor.organizationSlug().orElseThrow(), decision.name()));
        return after;
    }

    private ReviewNote add(Reader editor, Claim claim, NewComment comment) {
        try {
            ReviewNote note = ReviewNote.comment(claim, ReviewField.valueOf(comment.field()), comment.citation(),
                    comment.text(), editor.username(), editor.organizationSlug().orElseThrow());
            notes.add(note);
            return note;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    private Claim existing(long claimId) {
        return claims.find(claimId).orElseThrow(() -> InvalidInputException.of(Reviews.class, "notFound", claimId));
    }

    private static void mayRead(Reader reader, Claim claim) {
        Permissions.requireSignedIn(reader);
        if (!reader.hasRole(Role.EDITOR) && !reader.belongsTo(claim.getOrganization().getSlug())) {
            throw NotPermittedException.of(Reviews.class, "notYours", claim.getId());
        }
    }
}
