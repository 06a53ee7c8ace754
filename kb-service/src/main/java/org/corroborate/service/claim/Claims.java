package org.corroborate.service.claim;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.measure.Measure;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.StaleEditException;
import org.corroborate.service.source.SourceRepository;
import org.corroborate.service.source.SourceView;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Claims: reading, drafting and revising them. Each public method is one transaction. */
@Stateless
public class Claims {

    @Inject
    ClaimRepository claims;

    @Inject
    SourceRepository sources;

    @Inject
    AuditTrail audit;

    @Inject
    ClaimDrafts drafts;

    /** @return the claim with its citations as this reader may see it; empty if absent or not visible */
    public Optional<ClaimView> find(long id, @NotNull Reader reader) {
        return claims.find(id)
                .filter(c -> ClaimAccess.maySee(c, reader))
                .map(c -> view(c, reader));
    }

    /**
     * The claims citing a source that this reader may see, or empty when the reader may not see the source itself.
     */
    public Optional<List<ClaimSummary>> citing(long sourceId, @NotNull Reader reader) {
        return sources.find(sourceId)
                .filter(s -> Visibility.of(s, reader) == Visibility.FULL)
                .map(s -> claims.citing(s, ClaimAccess.visibleStatuses(reader)).stream()
                        .sorted(Comparator.comparing((Claim c) -> c.getMeasure() == null ? "" : c.getMeasure().getName())
                                .thenComparing(Claim::getId))
                        .map(c -> ClaimSummary.of(c, reader))
                        .toList());
    }

    /** Records a new draft claim with its citations; returns its id. Nothing is written if any part is invalid. */
    public long draft(@NotNull Reader actor, @NotNull @Valid NewClaim command) {
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, command.organization());
        Claim claim = drafts.build(command);
        claims.add(claim);
        claims.flush();
        audit.record(actor, claim.getOrganization().getSlug(), "claim.drafted", "claim", claim.getId(),
                "Drafted claim " + claim.getId() + ": " + command.content().statement(), null, view(claim, actor));
        return claim.getId();
    }

    /**
     * Replaces a draft's content, provided nobody saved it since {@code basedOnVersion}.
     *
     * @throws StaleEditException when the claim changed since that version; nothing is written
     */
    public ClaimView revise(@NotNull Reader actor, long id, long basedOnVersion, @NotNull @Valid ClaimContent content) {
        Claim claim = claims.find(id).orElseThrow(() -> new InvalidInputException("There is no claim " + id + "."));
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, claim.getOrganization().getSlug());
        ClaimView before = view(claim, actor);
        if (claim.getVersion() != basedOnVersion) {
            throw new StaleEditException("Claim " + id, basedOnVersion, claim.getVersion());
        }
        if (!claim.getStatus().isEditable()) {
            throw new InvalidInputException("Claim " + id + " is " + claim.getStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "; only drafts and claims sent back for changes can be edited.");
        }
        try {
            claim.revise(content.statement(), ClaimInputs.figure(content.figure()), measure(content.measure()));
            claim.holdFor(ClaimInputs.period(content.period()), content.place());
            claim.setTopics(content.topics());
            claims.flush();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Claim " + id, basedOnVersion, basedOnVersion + 1);
        }
        ClaimView after = view(claim, actor);
        audit.record(actor, claim.getOrganization().getSlug(), "claim.revised", "claim", claim.getId(),
                "Revised claim " + claim.getId(), before, after);
        return after;
    }

    private ClaimView view(Claim claim, Reader reader) {
        return ClaimView.of(claim, reader, s -> SourceView.of(s, reader, sources.relaying(s)));
    }

    private Measure measure(String slug) {
        return drafts.measure(slug);
    }
}
