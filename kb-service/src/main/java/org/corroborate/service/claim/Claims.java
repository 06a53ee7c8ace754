package org.corroborate.service.claim;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.crossref.ClaimFacts;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.shared.StorableText;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.measure.NewMeasure;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.StaleEditException;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.SourceRepository;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.Sources;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims: reading, drafting, revising, withdrawing and submitting them. Each public method is one transaction;
 * every change is audited with the claim before and after; a refusal changes nothing.
 */
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

    @Inject
    Sources sourceSuggestions;

    @Inject
    Measures measures;

    @Inject
    MeasureRepository measureRepository;

    @Inject
    Event<ClaimChanged> changed;

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

    /** The reader's organization's own claims in every status, the most recently changed first. */
    public List<ClaimItem> mine(@NotNull Reader reader) {
        Permissions.requireSignedIn(reader);
        String org = reader.organizationSlug().orElseThrow(() -> NotPermittedException.of(Permissions.class, "signInRequired"));
        return claims.ofOrganization(org).stream().map(ClaimItem::of).toList();
    }

    /** Sources whose title contains this text that the reader may see in full, and so may cite. */
    public List<SourceRef> citableSources(@NotNull Reader reader, @Size(max = 200) @StorableText String titleContains,
                                          @Min(1) @Max(50) int max) {
        return sourceSuggestions.suggest(reader, titleContains, max);
    }

    /** Records a new draft claim with its citations; returns its id. Nothing is written if any part is invalid. */
    public long draft(@NotNull Reader actor, @NotNull @Valid NewClaim command) {
        return create(actor, command, null);
    }

    /**
     * Records a new draft claim about a measure proposed with it: the measure and the draft are written together,
     * or neither is. With a null {@code proposedMeasure} the same as {@link #draft(Reader, NewClaim)}.
     */
    public long draft(@NotNull Reader actor, @NotNull @Valid NewClaim command, @Valid NewMeasure proposedMeasure) {
        return create(actor, command, proposedMeasure);
    }

    private long create(Reader actor, NewClaim command, NewMeasure proposedMeasure) {
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, command.organization());
        NewClaim effective = command;
        if (proposedMeasure != null) {
            MeasureRef measure = measures.propose(actor, proposedMeasure);
            effective = new NewClaim(command.organization(), withMeasure(command.content(), measure.slug()), command.citations());
        }
        Claim claim = drafts.build(effective);
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
        return change(actor, id, basedOnVersion, content, null, null);
    }

    /**
     * Replaces a draft's content and all its citations (and may propose a new measure for it), provided nobody saved
     * it since {@code basedOnVersion}. A null {@code citations} keeps the citations as they are.
     */
    public ClaimView revise(@NotNull Reader actor, long id, long basedOnVersion, @NotNull @Valid ClaimContent content,
                            @Size(max = 20) List<@Valid NewCitation> citations, @Valid NewMeasure proposedMeasure) {
        return change(actor, id, basedOnVersion, content, citations, proposedMeasure);
    }

    /**
     * Replaces all citations of a draft and keeps the rest of it, provided nobody saved it since
     * {@code basedOnVersion}.
     */
    public ClaimView recite(@NotNull Reader actor, long id, long basedOnVersion,
                            @NotNull @Size(max = 20) List<@Valid NewCitation> citations) {
        return change(actor, id, basedOnVersion, null, citations, null);
    }

    /** Applies a revision; a null {@code content} keeps the claim's content, null {@code citations} its citations. */
    private ClaimView change(Reader actor, long id, long basedOnVersion, ClaimContent content,
                             List<NewCitation> citations, NewMeasure proposedMeasure) {
        Claim claim = editable(actor, id, basedOnVersion);
        ClaimView before = view(claim, actor);
        ClaimContent effective = content;
        if (proposedMeasure != null && content != null) {
            effective = withMeasure(content, measures.propose(actor, proposedMeasure).slug());
        }
        try {
            if (citations != null) {
                claim = claims.dropCitations(claim);
                drafts.cite(claim, citations);
            }
            if (effective != null) {
                claim.revise(effective.statement(), ClaimInputs.figure(effective.figure()), drafts.measure(effective.measure()));
                claim.holdFor(ClaimInputs.period(effective.period()), effective.place());
                claim.definePopulation(effective.population());
                claim.setTopics(effective.topics());
            }
            claims.flush();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Claim " + id, basedOnVersion, basedOnVersion + 1);
        }
        changed.fire(new ClaimChanged(claim.getId()));
        ClaimView after = view(claim, actor);
        audit.record(actor, claim.getOrganization().getSlug(), "claim.revised", "claim", claim.getId(),
                "Revised claim " + claim.getId(), before, after);
        return after;
    }

    /**
     * Withdraws a draft or a claim sent back for changes: it stays in the organization's list but goes no further.
     *
     * @throws StaleEditException when the claim changed since {@code basedOnVersion}
     */
    public ClaimView withdraw(@NotNull Reader actor, long id, long basedOnVersion) {
        return move(actor, id, basedOnVersion, ClaimStatus.WITHDRAWN, "claim.withdrawn", "Withdrew");
    }

    /**
     * Sends a draft (or a claim sent back for changes) to review. Refused, with what to fix, when it has no
     * citation, no measure or no period.
     *
     * @throws StaleEditException when the claim changed since {@code basedOnVersion}
     */
    public ClaimView submit(@NotNull Reader actor, long id, long basedOnVersion) {
        return move(actor, id, basedOnVersion, ClaimStatus.SUBMITTED, "claim.submitted", "Submitted");
    }

    /**
     * Drafts a claim (with a proposed measure, when given) and sends it to review at once, in one transaction: when
     * it is not ready for review, nothing at all is written.
     *
     * @return the id of the submitted claim
     */
    public long draftAndSubmit(@NotNull Reader actor, @NotNull @Valid NewClaim command, @Valid NewMeasure proposedMeasure) {
        long id = create(actor, command, proposedMeasure);
        move(actor, id, claims.find(id).orElseThrow().getVersion(), ClaimStatus.SUBMITTED, "claim.submitted", "Submitted");
        return id;
    }

    /**
     * Saves a revision (content and citations, as {@link #revise(Reader, long, long, ClaimContent, List, NewMeasure)})
     * and sends the claim to review, in one transaction: when it is not ready for review, the revision is not kept
     * either.
     */
    public ClaimView reviseAndSubmit(@NotNull Reader actor, long id, long basedOnVersion, @NotNull @Valid ClaimContent content,
                                     @Size(max = 20) List<@Valid NewCitation> citations, @Valid NewMeasure proposedMeasure) {
        ClaimView revised = change(actor, id, basedOnVersion, content, citations, proposedMeasure);
        return move(actor, id, revised.version(), ClaimStatus.SUBMITTED, "claim.submitted", "Submitted");
    }

    private ClaimView move(Reader actor, long id, long basedOnVersion, ClaimStatus next, String action, String verb) {
        Claim claim = editable(actor, id, basedOnVersion);
        if (next == ClaimStatus.SUBMITTED) {
            CitationRules.missingForSubmission(!claim.getCitations().isEmpty(), claim.getMeasure() != null,
                    claim.getPeriod() != null).ifPresent(key -> {
                        throw InvalidInputException.of(Claims.class, key, id);
                    });
        }
        ClaimView before = view(claim, actor);
        try {
            claim.moveTo(next);
            claims.flush();
        } catch (IllegalStateException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Claim " + id, basedOnVersion, basedOnVersion + 1);
        }
        changed.fire(new ClaimChanged(claim.getId()));
        ClaimView after = view(claim, actor);
        audit.record(actor, claim.getOrganization().getSlug(), action, "claim", claim.getId(),
                verb + " claim " + claim.getId(), before, after);
        return after;
    }

    /** The claim, when the actor may change it now: a contributor of its organization, editable, not stale. */
    private Claim editable(Reader actor, long id, long basedOnVersion) {
        Permissions.requireRole(actor, Role.CONTRIBUTOR);
        Claim claim = claims.find(id).orElseThrow(() -> InvalidInputException.of(Claims.class, "notFound", id));
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, claim.getOrganization().getSlug());
        if (claim.getVersion() != basedOnVersion) {
            throw new StaleEditException("Claim " + id, basedOnVersion, claim.getVersion());
        }
        CitationRules.refusalToChange(claim.getStatus()).ifPresent(key -> {
            throw InvalidInputException.of(Claims.class, key, id);
        });
        return claim;
    }

    private static ClaimContent withMeasure(ClaimContent c, String measureSlug) {
        return new ClaimContent(c.statement(), c.language(), c.figure(), measureSlug, c.period(), c.place(), c.topics(),
                c.population());
    }

    private ClaimView view(Claim claim, Reader reader) {
        return ClaimView.of(claim, reader, s -> SourceView.of(s, reader, sources.relaying(s)));
    }

    /**
     * The populations the claims of this measure already count, as far as this reader may see the claims: each
     * written as its most frequent spelling (claims that write one population differently, "Women repatriated." and
     * "women repatriated", are one population to cross-referencing), the most used first, then alphabetically; at most
     * {@code max}. Empty when the reader may not know of the measure, or none of its claims narrows its definition.
     * For the claim form, so that a contributor picks the population another claim already names instead of
     * writing it anew (claims of different populations are not compared).
     */
    public List<String> populations(@NotNull Reader reader, @NotNull String slug, int max) {
        Optional<Measure> measure = measureRepository.findBySlug(slug, reader);
        if (measure.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Long>> spellings = new LinkedHashMap<>();
        claims.ofMeasure(measure.get(), EnumSet.complementOf(EnumSet.of(ClaimStatus.WITHDRAWN, ClaimStatus.REJECTED))).stream()
                .filter(c -> ClaimAccess.maySee(c, reader) && c.getPopulation() != null)
                .forEach(c -> spellings.computeIfAbsent(ClaimFacts.normalize(c.getPopulation()), k -> new LinkedHashMap<>())
                        .merge(c.getPopulation(), 1L, Long::sum));
        record Written(String text, long uses) {
        }
        return spellings.values().stream()
                .map(forms -> new Written(forms.entrySet().stream()
                        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow().getKey(),
                        forms.values().stream().mapToLong(Long::longValue).sum()))
                .sorted(Comparator.comparingLong(Written::uses).reversed().thenComparing(Written::text))
                .limit(Math.max(0, max))
                .map(Written::text)
                .toList();
    }
}
