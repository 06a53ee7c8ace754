package org.corroborate.service.measure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.crossref.ClaimFacts;
import org.corroborate.model.measure.Measure;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.MeasureAccess;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Numbers;
import org.corroborate.service.shared.StaleEditException;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Measures and the claims about them. Each public method is one transaction. */
@Stateless
public class Measures {

    @Inject
    MeasureRepository measures;

    @Inject
    ClaimRepository claims;

    @Inject
    AuditTrail audit;

    @Inject
    CrossReferences crossReferences;

    /**
     * Every measure this reader may know of ({@link MeasureAccess}: for the public, those with a verified claim) with
     * the claims this reader may see, the most-discussed first: by how many organizations, then how many figures,
     * then name.
     */
    public List<MeasureView> overview(@NotNull Reader reader) {
        Map<Long, List<ClaimSummary>> byMeasure = claims.withMeasure(ClaimAccess.visibleStatuses(reader)).stream()
                .collect(Collectors.groupingBy(c -> c.getMeasure().getId(), LinkedHashMap::new,
                        Collectors.mapping(c -> ClaimSummary.of(c, reader), Collectors.toList())));
        return measures.all(reader).stream()
                .map(m -> MeasureView.of(m, byMeasure.getOrDefault(m.getId(), List.of())))
                .sorted(MOST_DISCUSSED_FIRST)
                .toList();
    }

    private static final Comparator<MeasureView> MOST_DISCUSSED_FIRST =
            Comparator.comparingLong(MeasureView::organizationCount).reversed()
                    .thenComparing(Comparator.comparingInt((MeasureView m) -> m.claims().size()).reversed())
                    .thenComparing(MeasureView::name);

    /**
     * The measure with the claims this reader may see; empty, as for an id no measure has, when the reader may not
     * know of it ({@link MeasureAccess}: for the public, until a claim on it is verified).
     */
    public Optional<MeasureView> find(long id, @NotNull Reader reader) {
        return measures.find(id, reader).map(m -> view(m, reader));
    }

    /** The measure with this slug, as {@link #find(long, Reader)}. */
    public Optional<MeasureView> findBySlug(@NotNull String slug, @NotNull Reader reader) {
        return measures.findBySlug(slug, reader).map(m -> view(m, reader));
    }

    private MeasureView view(Measure m, Reader reader) {
        List<Claim> visible = claims.ofMeasure(m, ClaimAccess.visibleStatuses(reader));
        return MeasureView.of(m, visible.stream().map(c -> ClaimSummary.of(c, reader)).toList());
    }

    /**
     * An editor adds a measure outside any claim (e.g. one a coalition agreed to track); audited as
     * "measure.created". Like a proposal, it stays unknown to the public until a claim on it is verified.
     */
    public MeasureRef add(@NotNull Reader editor, @NotNull @Valid NewMeasure command) {
        Permissions.requireRole(editor, Role.EDITOR);
        Measure measure = create(command);
        measures.flush();
        audit.record(editor, editor.organizationSlug().orElse(null), "measure.created", "measure", measure.getId(),
                "Created measure " + measure.getSlug() + ": " + measure.getName(), null, command);
        return MeasureRef.of(measure);
    }

    /**
     * A contributor proposes a new measure, usually while drafting a claim about it (then inside the draft's
     * transaction, so the measure is not kept when the draft is refused). Audited as "measure.proposed".
     */
    public MeasureRef propose(@NotNull Reader actor, @NotNull @Valid NewMeasure command) {
        Permissions.requireRole(actor, Role.CONTRIBUTOR);
        // A short address names one measure for everyone (it is the measure's public address), so a proposal cannot
        // take one that another organization's hidden proposal holds. Letting both proposals exist under the same
        // address would need the address to belong to an organization until the measure is public, and a second
        // address after that; so the answer is refused, but neutrally: the caller learns that this address cannot
        // be used, exactly as it would of any address it cannot have, and nothing of the hidden measure (not that a
        // measure holds it, nor its name, definition or organization). A measure the caller may know of is named,
        // so that the caller can pick it instead.
        measures.findBySlug(command.slug()).ifPresent(taken -> {
            throw InvalidInputException.of(Measures.class,
                    measures.findBySlug(command.slug(), actor).isPresent() ? "slugTaken" : "slugUnavailable", command.slug());
        });
        Measure measure = create(command);
        measures.flush();
        MeasureRef ref = MeasureRef.of(measure);
        audit.record(actor, actor.organizationSlug().orElse(null), "measure.proposed", "measure", measure.getId(),
                "Proposed measure " + measure.getSlug() + ": " + measure.getName(), null, command);
        return ref;
    }

    /**
     * An editor sets how far "about X" reaches for this measure, provided nobody changed the measure since
     * {@code basedOnVersion}; every claim of the measure is then re-examined under the new tolerance.
     */
    public MeasureView setAboutTolerance(@NotNull Reader editor, @NotNull String slug, long basedOnVersion,
                                         @NotNull @DecimalMin("0") @DecimalMax("100")
                                         @Digits(integer = Measure.TOLERANCE_INTEGER_DIGITS, fraction = Measure.TOLERANCE_FRACTION_DIGITS,
                                                 message = "{corroborate.digits}") BigDecimal percent) {
        Permissions.requireRole(editor, Role.EDITOR);
        Measure measure = measures.findBySlug(slug, editor)
                .orElseThrow(() -> InvalidInputException.of(Measures.class, "notFound", slug));
        if (measure.getVersion() != basedOnVersion) {
            throw new StaleEditException("Measure " + slug, basedOnVersion, measure.getVersion());
        }
        BigDecimal before = measure.getAboutTolerancePercent();
        try {
            measure.setAboutTolerancePercent(percent);
            measures.flush();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Measure " + slug, basedOnVersion, basedOnVersion + 1);
        }
        crossReferences.reexamineMeasure(measure.getId());
        audit.record(editor, editor.organizationSlug().orElse(null), "measure.toleranceChanged", "measure",
                measure.getId(), "Set the tolerance for \"about\" of " + slug + " to ±" + Numbers.plain(percent) + "%",
                java.util.Map.of("aboutTolerancePercent", Numbers.plain(before)),
                java.util.Map.of("aboutTolerancePercent", Numbers.plain(percent)));
        return view(measure, editor);
    }

    /**
     * Measures this reader may know of whose name or short address contains this text, by name, for pickers; at most
     * {@code max}.
     */
    public List<MeasureRef> suggest(@NotNull Reader reader, String text, int max) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return measures.all(reader).stream()
                .filter(m -> m.getName().toLowerCase(Locale.ROOT).contains(q) || m.getSlug().contains(q))
                .sorted(Comparator.comparing(Measure::getName))
                .limit(Math.max(1, max))
                .map(MeasureRef::of)
                .toList();
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
        Optional<Measure> measure = measures.findBySlug(slug, reader);
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

    private Measure create(NewMeasure command) {
        if (measures.findBySlug(command.slug()).isPresent()) {
            throw InvalidInputException.of(Measures.class, "slugTaken", command.slug());
        }
        try {
            Measure measure = new Measure(command.slug(), command.name(), command.definition(), command.unit(),
                    command.kind(), command.flowPeriod());
            measure.locate(command.place(), command.topic());
            return measures.add(measure);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }
}
