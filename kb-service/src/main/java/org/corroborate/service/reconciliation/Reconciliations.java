package org.corroborate.service.reconciliation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.claim.Tolerance;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.reconciliation.Assignment;
import org.corroborate.model.reconciliation.CandidateRole;
import org.corroborate.model.reconciliation.DeprecationReason;
import org.corroborate.model.reconciliation.ReconciledFigure;
import org.corroborate.model.reconciliation.Reconciliation;
import org.corroborate.model.reconciliation.ReconciliationVersion;
import org.corroborate.model.reconciliation.Response;
import org.corroborate.model.reconciliation.Rule;
import org.corroborate.model.reconciliation.RuleSuggestion;
import org.corroborate.model.reconciliation.Stance;
import org.corroborate.model.shared.StorableText;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.claim.ClaimInputs;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.Numbers;
import org.corroborate.service.shared.PeriodView;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Editors' reconciliations of a measure's figures: a draft with each candidate claim's role, a rule, a figure and a
 * rationale; immutable published versions, the latest being the measure's public figure; member organizations'
 * endorsements and dissents. Each public method is one transaction, audited; a refusal changes nothing.
 */
@Stateless
public class Reconciliations {

    public static final String DEMO_RESOURCE = "/org/corroborate/service/demo/demo-reconciliations.json";

    @Inject
    ReconciliationRepository reconciliations;

    @Inject
    MeasureRepository measures;

    @Inject
    ClaimRepository claims;

    @Inject
    AuditTrail audit;

    @Inject
    OrganizationRepository organizations;

    @Inject
    jakarta.enterprise.event.Event<ReconciliationAwaitsApproval> awaitsApproval;

    @Inject
    jakarta.enterprise.event.Event<ReconciliationResponded> responded;

    // ---------------------------------------------------------------- public reads

    /**
     * The measure's public figure, its history and whether it is contested; empty when the measure is unknown, or
     * unknown to this reader.
     */
    public Optional<ReconciliationView> current(@NotNull String measureSlug, @NotNull Reader reader) {
        return measures.findBySlug(measureSlug, reader).map(m -> {
            Optional<Reconciliation> r = reconciliations.ofMeasure(m);
            if (r.isEmpty() || r.get().getPublishedCount() == 0) {
                return new ReconciliationView(MeasureRef.of(m), null, List.of(), false);
            }
            List<ReconciliationVersion> versions = reconciliations.versions(r.get());
            VersionView current = view(versions.get(0), null, reader);
            List<VersionSummary> history = versions.stream().map(v -> new VersionSummary(v.getNumber(),
                    v.getRule().name(), plain(v.getFigure().low()), plain(v.getFigure().high()),
                    plain(v.getFigure().best()), v.getPublishedAt(), organization(v.getPublishedOrganization()),
                    "/reconciliation.xhtml?measure=" + m.getSlug() + "&v=" + v.getNumber())).toList();
            return new ReconciliationView(MeasureRef.of(m), current, history, r.get().isNeedsReview());
        });
    }

    /** One published version, for its permanent page; empty when there is no such version. */
    public Optional<VersionView> version(@NotNull String measureSlug, int number, @NotNull Reader reader) {
        return measures.findBySlug(measureSlug, reader).flatMap(reconciliations::ofMeasure).flatMap(r ->
                reconciliations.version(r, number).map(v -> view(v,
                        number < r.getPublishedCount() ? Integer.valueOf(number + 1) : null, reader)));
    }

    /** The claims that the current published reconciliation of each of these measures weighs (gives a role). */
    public Set<Long> settledClaimIds(Collection<Long> measureIds) {
        return reconciliations.currentOf(measureIds).stream()
                .flatMap(v -> v.getAssignments().stream().map(Assignment::getClaimId))
                .collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- editors

    /** The draft, created on first opening, with every verified claim of the measure as a candidate. */
    public DraftView draft(@NotNull Reader editor, @NotNull String measureSlug) {
        Permissions.requireRole(editor, Role.EDITOR);
        Measure m = measure(measureSlug, editor);
        Reconciliation r = reconciliations.ofMeasureOrNew(m);
        reconciliations.flush();
        return draftView(r, editor);
    }

    /**
     * Saves the draft, provided nobody saved it since {@code basedOnVersion}.
     *
     * @throws ReconciliationConflictException when another editor saved it in between (also when two editors save the
     *                                         first draft at the same moment: one of them creates it); it carries
     *                                         their draft, and nothing of either is lost
     */
    public DraftView saveDraft(@NotNull Reader editor, @NotNull String measureSlug, long basedOnVersion,
                               @NotNull @Valid DraftInput input) {
        Permissions.requireRole(editor, Role.EDITOR);
        Measure m = measure(measureSlug, editor);
        Reconciliation r = reconciliations.ofMeasureOrNew(m);
        if (r.getId() != null && r.getVersion() != basedOnVersion) {
            throw new ReconciliationConflictException("The reconciliation of " + m.getName(), basedOnVersion,
                    draftView(r, editor));
        }
        DraftView before = r.getId() == null ? null : draftView(r, editor);
        Set<Long> candidates = candidateIds(m);
        List<Assignment> assignments = new ArrayList<>();
        try {
            for (DraftInput.RoleInput role : input.roles()) {
                if (!candidates.contains(role.claim())) {
                    throw InvalidInputException.of(Reconciliations.class, "notCandidate", role.claim(), m.getName());
                }
                assignments.add(new Assignment(role.claim(), CandidateRole.valueOf(role.role()),
                        role.reason() == null || role.reason().isBlank() ? null : DeprecationReason.valueOf(role.reason()),
                        role.note()));
            }
            ReconciledFigure figure = input.low() == null && input.high() == null && input.best() == null ? null
                    : new ReconciledFigure(input.low(), input.high(), input.best());
            r.revise(input.rule() == null || input.rule().isBlank() ? null : Rule.valueOf(input.rule()), figure,
                    period(input.period()), input.rationale(), assignments, editor.username(),
                    editor.organizationSlug().orElse(null));
            reconciliations.flush();
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OptimisticLockException e) {
            throw new ReconciliationConflictException("The reconciliation of " + m.getName(), basedOnVersion,
                    draftView(r, editor));
        }
        DraftView after = draftView(r, editor);
        audit.record(editor, editor.organizationSlug().orElse(null), "reconciliation.saved", "measure", m.getId(),
                "Saved the reconciliation draft of " + m.getSlug(), before, after);
        awaitsApproval.fire(new ReconciliationAwaitsApproval(m.getId(), r.getDraftedOrganization()));
        return after;
    }

    /**
     * An editor of another organization than the one that last changed the draft approves it as it stands (four
     * eyes): only an approved draft is published, and any later change to it withdraws the approval.
     *
     * @throws NotPermittedException           when the editor's organization drafted it (or the editor has none)
     * @throws InvalidInputException           when the draft is incomplete, already approved, or weighs a claim that
     *                                         is no longer verified
     * @throws ReconciliationConflictException when the draft changed since {@code basedOnVersion}
     */
    public DraftView approve(@NotNull Reader editor, @NotNull String measureSlug, long basedOnVersion) {
        Permissions.requireRole(editor, Role.EDITOR);
        Measure m = measure(measureSlug, editor);
        Reconciliation r = reconciliations.ofMeasure(m)
                .orElseThrow(() -> InvalidInputException.of(Reconciliations.class, "noDraft", m.getName()));
        String organization = editor.organizationSlug().orElse(null);
        if (r.getDraftedOrganization() == null) {
            throw InvalidInputException.of(Reconciliations.class, "unknownDrafter", m.getName());
        }
        if (!r.mayBeApprovedBy(organization)) {
            throw NotPermittedException.of(Reconciliations.class, "fourEyes", m.getName());
        }
        if (r.getVersion() != basedOnVersion) {
            throw new ReconciliationConflictException("The reconciliation of " + m.getName(), basedOnVersion,
                    draftView(r, editor));
        }
        if (r.isApproved()) {
            throw InvalidInputException.of(Reconciliations.class, "alreadyApproved", m.getName());
        }
        checkPublishable(r, m);
        DraftView before = draftView(r, editor);
        try {
            r.approve(editor.username(), organization);
            reconciliations.flush();
        } catch (IllegalStateException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OptimisticLockException e) {
            throw new ReconciliationConflictException("The reconciliation of " + m.getName(), basedOnVersion,
                    draftView(r, editor));
        }
        DraftView after = draftView(r, editor);
        // the public sees nothing of an approval until the draft is published
        audit.record(editor, organization, "reconciliation.approved", "measure", m.getId(),
                organization + " approved the reconciliation draft of " + m.getSlug() + " drafted by "
                        + r.getDraftedOrganization(), before, after, false);
        return after;
    }

    /**
     * Publishes the approved draft as the next version: it becomes the measure's public figure, and the previous
     * version is superseded but keeps its permanent page.
     *
     * @return the new version
     * @throws InvalidInputException when the draft is incomplete, not approved by another organization, or weighs a
     *                               claim that is no longer verified
     */
    public VersionView publish(@NotNull Reader editor, @NotNull String measureSlug, long basedOnVersion) {
        Permissions.requireRole(editor, Role.EDITOR);
        Measure m = measure(measureSlug, editor);
        Reconciliation r = reconciliations.ofMeasure(m)
                .orElseThrow(() -> InvalidInputException.of(Reconciliations.class, "noDraft", m.getName()));
        if (r.getVersion() != basedOnVersion) {
            throw new ReconciliationConflictException("The reconciliation of " + m.getName(), basedOnVersion,
                    draftView(r, editor));
        }
        checkPublishable(r, m);
        if (!r.isApproved()) {
            throw InvalidInputException.of(Reconciliations.class, "notApproved", m.getName());
        }
        ReconciliationVersion version;
        try {
            version = reconciliations.add(r.publish(editor.username(), editor.organizationSlug().orElse(null)));
            reconciliations.flush();
        } catch (IllegalStateException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OptimisticLockException e) {
            throw new ReconciliationConflictException("The reconciliation of " + m.getName(), basedOnVersion,
                    draftView(r, editor));
        }
        VersionView view = view(version, null, editor);
        audit.record(editor, editor.organizationSlug().orElse(null), "reconciliation.published", "measure", m.getId(),
                "Published version " + version.getNumber() + " of the reconciliation of " + m.getSlug() + ": "
                        + Numbers.plain(version.getFigure().low()) + "-" + Numbers.plain(version.getFigure().high()),
                null, view);
        return view;
    }

    /**
     * The figure a rule gives from the draft's recommended claims, when the rule gives one, with the period that goes
     * with it (null when the claims it rests on state none).
     */
    public Optional<ReconciledFigureView> suggest(@NotNull Reader editor, @NotNull String measureSlug,
                                                  @NotNull @Pattern(regexp = "[A-Z_]+") String rule,
                                                  @NotNull @Size(max = 500) Collection<Long> recommendedClaimIds) {
        Permissions.requireRole(editor, Role.EDITOR);
        Measure m = measure(measureSlug, editor);
        Map<Long, Claim> verified = verifiedClaims(m);
        Tolerance about = Tolerance.percent(m.getAboutTolerancePercent());
        List<RuleSuggestion.Recommended> recommended = recommendedClaimIds.stream().map(verified::get)
                .filter(Objects::nonNull).filter(c -> c.getFigure() != null)
                .map(c -> new RuleSuggestion.Recommended(c.getFigure().toInterval(about), c.getPeriod()))
                .toList();
        Rule r = ClaimInputs.enumValue(Rule.class, rule, "rule");
        PeriodView period = RuleSuggestion.suggestPeriod(r, recommended).map(PeriodView::of).orElse(null);
        return RuleSuggestion.suggest(r, recommended)
                .map(f -> new ReconciledFigureView(storable(f.low(), RoundingMode.FLOOR),
                        storable(f.high(), RoundingMode.CEILING), storable(f.best(), RoundingMode.HALF_UP), period));
    }

    /** The figure a rule suggests, and its period (null when the claims it rests on state none). */
    public record ReconciledFigureView(BigDecimal low, BigDecimal high, BigDecimal best, PeriodView period) {
    }

    // ---------------------------------------------------------------- member organizations

    /**
     * A member organization endorses or dissents from a published version, with a comment (required for a dissent).
     * One response per organization and version: responding again changes it.
     */
    public VersionView respond(@NotNull Reader member, @NotNull String measureSlug, int number,
                               @NotNull @Pattern(regexp = "ENDORSE|DISSENT") String stance,
                               @Size(max = Response.MAX_COMMENT_LENGTH) @StorableText String comment) {
        Permissions.requireSignedIn(member);
        if (!member.hasRole(Role.EDITOR) && !member.hasRole(Role.ORG_ADMIN)) {
            throw NotPermittedException.of(Reconciliations.class, "respondRole");
        }
        String organization = member.organizationSlug().orElseThrow();
        Measure m = measure(measureSlug, member);
        Reconciliation r = reconciliations.ofMeasure(m)
                .orElseThrow(() -> InvalidInputException.of(Reconciliations.class, "noVersion", number, m.getName()));
        ReconciliationVersion v = reconciliations.version(r, number)
                .orElseThrow(() -> InvalidInputException.of(Reconciliations.class, "noVersion", number, m.getName()));
        Optional<Response> existing = reconciliations.response(v, organization);
        Map<String, Object> before = existing.map(x -> Map.<String, Object>of("stance", x.getStance().name(),
                "comment", Objects.toString(x.getComment(), ""))).orElse(null);
        try {
            Stance s = Stance.valueOf(stance);
            if (existing.isPresent()) {
                existing.get().change(s, comment, member.username());
            } else {
                reconciliations.add(new Response(v, organization, s, comment, member.username()));
            }
            reconciliations.flush();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        audit.record(member, organization, stance.equals("ENDORSE") ? "reconciliation.endorsed" : "reconciliation.dissented", "measure",
                m.getId(), organization + " " + (stance.equals("ENDORSE") ? "endorsed" : "dissented from")
                        + " version " + number + " of the reconciliation of " + m.getSlug(),
                before, Map.of("stance", stance, "comment", Objects.toString(comment, "")));
        responded.fire(new ReconciliationResponded(m.getId(), number, organization, stance,
                v.getDraftedOrganization(), v.getApprovedOrganization()));
        return view(v, number < r.getPublishedCount() ? Integer.valueOf(number + 1) : null, member);
    }

    /**
     * The caller's organization's response to the measure's current version, for the measure page; empty when the
     * caller may not respond for an organization, when nothing is published, or when the organization has not answered.
     */
    public Optional<ResponseView> currentResponse(@NotNull Reader member, @NotNull String measureSlug) {
        if (!mayRespond(member)) {
            return Optional.empty();
        }
        String organization = member.organizationSlug().orElseThrow();
        return measures.findBySlug(measureSlug, member).flatMap(reconciliations::ofMeasure)
                .filter(r -> r.getPublishedCount() > 0)
                .flatMap(r -> reconciliations.version(r, r.getPublishedCount()))
                .flatMap(v -> reconciliations.response(v, organization))
                .map(x -> new ResponseView(organization(x.getOrganizationSlug()), x.getStance().name(), x.getComment(),
                        x.getRespondedAt()));
    }

    /** Whether this reader may endorse or dissent for an organization: its editors and administrators. */
    public static boolean mayRespond(Reader reader) {
        return reader.isMember() && reader.organizationSlug().isPresent()
                && (reader.hasRole(Role.EDITOR) || reader.hasRole(Role.ORG_ADMIN));
    }

    // ---------------------------------------------------------------- hooks

    /**
     * Called inside the verifying transaction when a claim becomes verified: a published reconciliation of its
     * measure that does not weigh this claim is marked as needing re-review.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void claimVerified(long claimId) {
        claims.find(claimId).filter(c -> c.getMeasure() != null).ifPresent(c ->
                reconciliations.ofMeasure(c.getMeasure())
                        .filter(r -> r.getPublishedCount() > 0)
                        .filter(r -> reconciliations.version(r, r.getPublishedCount()).orElseThrow().getAssignments()
                                .stream().noneMatch(a -> a.getClaimId() == claimId))
                        .ifPresent(r -> {
                            r.markNeedsReview();
                            audit.record(Reader.SYSTEM, null, "reconciliation.needsReview", "measure",
                                    c.getMeasure().getId(), "Claim " + claimId + " was verified after the reconciliation of "
                                            + c.getMeasure().getSlug() + " was published: it needs re-review", null, null);
                        }));
    }

    /**
     * Publishes the demo reconciliations, inside the demo load's transaction, after the demo claims are loaded and
     * cross-referenced. Claims are named by measure, organization and figure phrase.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void loadDemo() {
        DemoReconciliation[] demo;
        try (InputStream in = Reconciliations.class.getResourceAsStream(DEMO_RESOURCE); Jsonb jsonb = JsonbBuilder.create()) {
            demo = jsonb.fromJson(Objects.requireNonNull(in, DEMO_RESOURCE), DemoReconciliation[].class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + DEMO_RESOURCE, e);
        }
        for (DemoReconciliation d : demo) {
            Measure m = measure(d.measure());
            Map<Long, Claim> verified = verifiedClaims(m);
            List<Assignment> assignments = new ArrayList<>();
            for (DemoRole role : d.roles()) {
                List<Claim> matching = verified.values().stream()
                        .filter(c -> c.getOrganization().getSlug().equals(role.organization())
                                && c.getFigure() != null && c.getFigure().getPhrase().equals(role.phrase()))
                        .toList();
                if (matching.isEmpty()) {
                    throw new IllegalStateException("Demo reconciliation of " + d.measure()
                            + ": no verified claim \"" + role.phrase() + "\" of " + role.organization());
                }
                matching.forEach(claim -> assignments.add(new Assignment(claim.getId(), CandidateRole.valueOf(role.role()),
                        role.reason() == null ? null : DeprecationReason.valueOf(role.reason()), role.note())));
            }
            Reconciliation r = reconciliations.add(new Reconciliation(m));
            r.revise(Rule.valueOf(d.rule()), new ReconciledFigure(d.low(), d.high(), d.best()), period(d.period()),
                    d.rationale(), assignments, d.editor(), organizationOf(d.editor()));
            r.approve(d.approver(), organizationOf(d.approver()));
            ReconciliationVersion v = reconciliations.add(r.publish(d.editor(), organizationOf(d.editor())));
            for (DemoResponse response : d.responses() == null ? List.<DemoResponse>of() : d.responses()) {
                reconciliations.add(new Response(v, response.organization(), Stance.valueOf(response.stance()),
                        response.comment(), response.organization() + "-editor"));
            }
        }
        reconciliations.flush();
    }

    /** A demo account's organization: {@code hrnk-editor} is an editor of {@code hrnk}. */
    private static String organizationOf(String demoEditor) {
        return demoEditor.replaceFirst("-editor$", "");
    }

    /** The demo file's structure: {@code editor} drafts and publishes, {@code approver} (of another organization) approves. */
    public record DemoReconciliation(String measure, String editor, String approver, String rule, BigDecimal low, BigDecimal high,
                                     BigDecimal best, PeriodInput period, String rationale, List<DemoRole> roles,
                                     List<DemoResponse> responses) {
    }

    public record DemoRole(String organization, String phrase, String role, String reason, String note) {
    }

    public record DemoResponse(String organization, String stance, String comment) {
    }

    // ---------------------------------------------------------------- helpers

    /** The demo's measure. */
    private Measure measure(String slug) {
        return measures.findBySlug(slug).orElseThrow(() -> InvalidInputException.of(Reconciliations.class, "noMeasure", slug));
    }

    /** The measure, refused as unknown when this member may not know of it. */
    private Measure measure(String slug, Reader member) {
        return measures.findBySlug(slug, member)
                .orElseThrow(() -> InvalidInputException.of(Reconciliations.class, "noMeasure", slug));
    }

    /** Refuses, in the reader's language, a draft that is incomplete or weighs a claim no longer verified. */
    private void checkPublishable(Reconciliation r, Measure m) {
        r.missing().ifPresent(missing -> {
            throw InvalidInputException.of(Reconciliations.class, "missing." + missing.name());
        });
        Map<Long, Claim> verified = verifiedClaims(m);
        for (Assignment a : r.getAssignments()) {
            if (!verified.containsKey(a.getClaimId())) {
                throw InvalidInputException.of(Reconciliations.class, "notCandidate", a.getClaimId(), m.getName());
            }
        }
    }

    /** The organization's name for read models; a slug no organization has any more keeps the slug as its name. */
    private OrganizationRef organization(String slug) {
        return slug == null ? null : organizations.findBySlug(slug).map(OrganizationRef::of)
                .orElse(new OrganizationRef(slug, slug, null));
    }

    private Map<Long, Claim> verifiedClaims(Measure m) {
        Map<Long, Claim> verified = new LinkedHashMap<>();
        claims.ofMeasure(m, Set.of(ClaimStatus.VERIFIED)).forEach(c -> verified.put(c.getId(), c));
        return verified;
    }

    private Set<Long> candidateIds(Measure m) {
        return new HashSet<>(verifiedClaims(m).keySet());
    }

    private static org.corroborate.model.shared.Period period(PeriodInput input) {
        return input == null ? null : ClaimInputs.period(input);
    }

    private DraftView draftView(Reconciliation r, Reader reader) {
        Measure m = r.getMeasure();
        Map<Long, Assignment> byClaim = new LinkedHashMap<>();
        r.getAssignments().forEach(a -> byClaim.put(a.getClaimId(), a));
        List<CandidateView> candidates = new ArrayList<>();
        for (Claim c : verifiedClaims(m).values()) {
            Assignment a = byClaim.remove(c.getId());
            candidates.add(new CandidateView(c.getId(), ClaimSummary.of(c, reader), a == null ? null : a.getRole().name(),
                    a == null || a.getReason() == null ? null : a.getReason().name(), a == null ? null : a.getNote()));
        }
        ReconciledFigure f = r.getFigure();
        return new DraftView(MeasureRef.of(m), m.getUnit().symbol(), r.getVersion(),
                r.getRule() == null ? null : r.getRule().name(), f == null ? null : plain(f.low()),
                f == null ? null : plain(f.high()), f == null ? null : plain(f.best()), PeriodView.of(r.getPeriod()),
                r.getRationale(), candidates, r.isNeedsReview(), r.getPublishedCount(), r.getUpdatedBy(),
                r.getUpdatedAt(), organization(r.getDraftedOrganization()), r.isApproved(), r.getApprovedBy(),
                organization(r.getApprovedOrganization()), r.getApprovedAt(),
                reader.organizationSlug().map(r::mayBeApprovedBy).orElse(false) && !r.isApproved());
    }

    private VersionView view(ReconciliationVersion v, Integer supersededBy, Reader reader) {
        Measure m = v.getReconciliation().getMeasure();
        List<CandidateView> roles = v.getAssignments().stream().map(a -> {
            ClaimSummary claim = claims.find(a.getClaimId()).filter(c -> ClaimAccess.maySee(c, reader))
                    .map(c -> ClaimSummary.of(c, reader)).orElse(null);
            return new CandidateView(a.getClaimId(), claim, a.getRole().name(),
                    a.getReason() == null ? null : a.getReason().name(), a.getNote());
        }).toList();
        List<ResponseView> responses = reconciliations.responses(v).stream()
                .map(x -> new ResponseView(organization(x.getOrganizationSlug()), x.getStance().name(), x.getComment(),
                        x.getRespondedAt()))
                .toList();
        boolean contested = responses.stream().anyMatch(x -> x.stance().equals(Stance.DISSENT.name()));
        ReconciledFigure f = v.getFigure();
        return new VersionView(MeasureRef.of(m), v.getNumber(), v.getRule().name(), plain(f.low()), plain(f.high()),
                plain(f.best()), v.getUnit().name(), v.getUnit().symbol(), PeriodView.of(v.getPeriod()),
                v.getRationale(), v.getPublishedAt(), organization(v.getPublishedOrganization()),
                organization(v.getDraftedOrganization()), organization(v.getApprovedOrganization()), roles,
                responses, contested, supersededBy);
    }

    private static BigDecimal plain(BigDecimal n) {
        return Numbers.plain(n);
    }

    /**
     * A suggested number with no more decimals than a draft keeps ("about" reaches a fraction of a value, which may
     * have more), so that the editor can save it as suggested; a range is widened, never narrowed.
     */
    private static BigDecimal storable(BigDecimal n, RoundingMode rounding) {
        return n == null ? null : plain(n.setScale(Math.min(n.scale(), ReconciledFigure.FRACTION_DIGITS), rounding));
    }
}
