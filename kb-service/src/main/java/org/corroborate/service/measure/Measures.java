package org.corroborate.service.measure;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.corroborate.model.measure.Measure;
import org.corroborate.service.access.MeasureAccess;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Numbers;
import org.corroborate.service.shared.StaleEditException;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Measures and the claims about them. Each public method is one transaction. */
@Stateless
public class Measures {

    @Inject
    MeasureRepository measures;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MeasureChanged> changed;

    @Inject
    TopicNames topics;

    @Inject
    jakarta.validation.Validator validator;

    /**
     * The measure, without its claims; empty, as for an id no measure has, when the reader may not know of it
     * ({@link MeasureAccess}: for the public, until a claim on it is verified). Its page and the read API show it
     * with its claims through {@code service.browse}.
     */
    public Optional<MeasureDetails> find(long id, @NotNull Reader reader) {
        return measures.find(id, reader).map(MeasureDetails::of);
    }

    /** The measure with this slug, as {@link #find(long, Reader)}. */
    public Optional<MeasureDetails> findBySlug(@NotNull String slug, @NotNull Reader reader) {
        return measures.findBySlug(slug, reader).map(MeasureDetails::of);
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
        if (!blank(command.slug())) {
            measures.findBySlug(command.slug()).ifPresent(taken -> {
                throw InvalidInputException.of(Measures.class,
                        measures.findBySlug(command.slug(), actor).isPresent() ? "slugTaken" : "slugUnavailable", command.slug());
            });
        }
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
    public MeasureDetails setAboutTolerance(@NotNull Reader editor, @NotNull String slug, long basedOnVersion,
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
        changed.fire(new MeasureChanged(measure.getId()));
        audit.record(editor, editor.organizationSlug().orElse(null), "measure.toleranceChanged", "measure",
                measure.getId(), "Set the tolerance for \"about\" of " + slug + " to ±" + Numbers.plain(percent) + "%",
                java.util.Map.of("aboutTolerancePercent", Numbers.plain(before)),
                java.util.Map.of("aboutTolerancePercent", Numbers.plain(percent)));
        return MeasureDetails.of(measure);
    }

    /**
     * An editor creates a measure outside any claim, with its Korean forms (optional) as well; audited as
     * "measure.created", like {@link #add}. It stays unknown to the public until a claim on it is verified.
     */
    public MeasureDetails create(@NotNull Reader editor, NewMeasure command, MeasureWording wording) {
        Permissions.requireRole(editor, Role.EDITOR);
        valid(command);
        valid(wording);
        Measure measure = create(command);
        measure.nameInKorean(wording.nameKo());
        measure.describeInKorean(wording.definitionKo(), wording.placeKo());
        topics.name(measure.getTopic(), wording.topicKo());
        measures.flush();
        audit.record(editor, editor.organizationSlug().orElse(null), "measure.created", "measure", measure.getId(),
                "Created measure " + measure.getSlug() + ": " + measure.getName(), null, wordingOf(measure));
        return details(measure);
    }

    /**
     * An editor renames a measure: its names, definitions, place and topic in English and Korean, provided nobody
     * changed it since {@code basedOnVersion}. The short address stays (every link to the measure keeps working, and
     * the slug names no language); unit and kind stay too, since its claims were made in them. Audited as
     * "measure.renamed" with the wording before and after.
     */
    public MeasureDetails rename(@NotNull Reader editor, @NotNull String slug, long basedOnVersion,
                                 MeasureWording wording) {
        Permissions.requireRole(editor, Role.EDITOR);
        valid(wording);
        Measure measure = editable(slug, editor);
        if (measure.getVersion() != basedOnVersion) {
            throw new StaleEditException("Measure " + slug, basedOnVersion, measure.getVersion());
        }
        java.util.Map<String, String> before = wordingOf(measure);
        try {
            measure.rename(wording.name(), wording.nameKo(), wording.definition(), wording.definitionKo());
            measure.locate(blankToNull(wording.place()), blankToNull(wording.topic()));
            measure.describeInKorean(wording.definitionKo(), wording.placeKo());
            topics.name(measure.getTopic(), wording.topicKo());
            measures.flush();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Measure " + slug, basedOnVersion, basedOnVersion + 1);
        }
        audit.record(editor, editor.organizationSlug().orElse(null), "measure.renamed", "measure", measure.getId(),
                "Renamed measure " + slug + ": " + measure.getName(), before, wordingOf(measure));
        return details(measure);
    }

    /**
     * An editor merges measure {@code fromSlug} into {@code intoSlug}: every claim of the first moves to the second,
     * whose claims are then compared again as one set (and the first's findings dropped); the first keeps its row,
     * claimless, and its address answers with a redirect to the second. Both must count the same thing (unit, kind,
     * period). A reconciliation stays with its measure, so the measure merged away may not have one: merge the
     * other way round, or settle which reconciliation stands first. Audited on both measures as "measure.merged".
     *
     * @return the measure merged into, as it is now
     */
    public MeasureDetails merge(@NotNull Reader editor, @NotNull String fromSlug, @NotNull String intoSlug) {
        Permissions.requireRole(editor, Role.EDITOR);
        Measure from = editable(fromSlug, editor);
        Measure into = editable(intoSlug, editor);
        if (measures.hasReconciliation(from)) {
            throw InvalidInputException.of(Measures.class, "merge.reconciled", fromSlug, intoSlug);
        }
        try {
            from.mergeInto(into);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(Measures.class, from.getSlug().equals(into.getSlug()) ? "merge.self"
                    : "merge.different", fromSlug, intoSlug);
        }
        List<Long> moved = measures.claimIds(from);
        measures.moveClaims(from, into);
        measures.flush();
        changed.fire(new MeasureChanged(from.getId()));
        changed.fire(new MeasureChanged(into.getId()));
        java.util.Map<String, Object> after = java.util.Map.of("mergedInto", into.getSlug(), "claimsMoved", moved);
        audit.record(editor, editor.organizationSlug().orElse(null), "measure.merged", "measure", from.getId(),
                "Merged measure " + fromSlug + " into " + intoSlug + " (" + moved.size() + " claims moved)",
                java.util.Map.of("slug", fromSlug, "claims", moved), after);
        audit.record(editor, editor.organizationSlug().orElse(null), "measure.merged", "measure", into.getId(),
                "Merged measure " + fromSlug + " into " + intoSlug + " (" + moved.size() + " claims moved)",
                java.util.Map.of("slug", intoSlug), java.util.Map.of("mergedFrom", fromSlug, "claimsMoved", moved));
        return details(into);
    }

    /**
     * The slug a merged measure's address now leads to (following merges of merges), when this reader may know of
     * that measure; empty for a measure never merged, or unknown.
     */
    public Optional<String> mergedInto(@NotNull String slug, @NotNull Reader reader) {
        Measure m = measures.findBySlug(slug).orElse(null);
        for (int hops = 0; m != null && m.getMergedInto() != null && hops < 10; hops++) {
            m = m.getMergedInto();
        }
        if (m == null || m.getSlug().equals(slug)) {
            return Optional.empty();
        }
        return measures.findBySlug(m.getSlug(), reader).map(Measure::getSlug);
    }

    /**
     * The measure with its Korean forms, when this reader may know of it (and, for an editor, a measure no claim is
     * about yet); for editing.
     */
    public Optional<MeasureDetails> details(@NotNull String slug, @NotNull Reader reader) {
        return known(slug, reader).filter(m -> m.getMergedInto() == null).map(this::details);
    }

    /**
     * Every measure this reader may know of (and, for an editor, those no claim is about yet), merged ones left out,
     * in topic and name order: for editors' lists.
     */
    public List<MeasureDetails> list(@NotNull Reader reader) {
        java.util.Map<String, String> ko = topics.korean();
        java.util.Map<Long, Measure> all = new java.util.LinkedHashMap<>();
        measures.all(reader).forEach(m -> all.put(m.getId(), m));
        if (reader.hasRole(Role.EDITOR)) {
            measures.claimless().forEach(m -> all.putIfAbsent(m.getId(), m));
        }
        return all.values().stream().filter(m -> m.getMergedInto() == null)
                .sorted(Comparator.comparing((Measure m) -> m.getTopic() == null ? "" : m.getTopic()).thenComparing(Measure::getName))
                .map(m -> MeasureDetails.of(m, ko.get(m.getTopic()))).toList();
    }

    /** The measure when the reader may know of it, or, for an editor, when no claim is about it yet. */
    private Optional<Measure> known(String slug, Reader reader) {
        Optional<Measure> visible = measures.findBySlug(slug, reader);
        if (visible.isPresent() || !reader.hasRole(Role.EDITOR)) {
            return visible;
        }
        return measures.findBySlug(slug).filter(m -> m.getMergedInto() == null && measures.claimIds(m).isEmpty());
    }

    /** Refuses anyone but an editor; for callers that read their input only once the caller may change measures. */
    public void requireEditor(@NotNull Reader reader) {
        Permissions.requireRole(reader, Role.EDITOR);
    }

    /** Validates the input after the caller's permission was checked (authenticate before validating). */
    private <T> void valid(T input) {
        java.util.Objects.requireNonNull(input, "input");
        java.util.Set<jakarta.validation.ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
    }

    private MeasureDetails details(Measure m) {
        return MeasureDetails.of(m, topics.korean(m.getTopic()));
    }

    private Measure editable(String slug, Reader editor) {
        Measure m = known(slug, editor).or(() -> measures.findBySlug(slug, editor))
                .orElseThrow(() -> InvalidInputException.of(Measures.class, "notFound", slug));
        if (m.getMergedInto() != null) {
            throw InvalidInputException.of(Measures.class, "merged", slug, m.getMergedInto().getSlug());
        }
        return m;
    }

    private java.util.Map<String, String> wordingOf(Measure m) {
        java.util.Map<String, String> w = new java.util.LinkedHashMap<>();
        w.put("name", m.getName());
        w.put("nameKo", m.getNameKo());
        w.put("definition", m.getDefinition());
        w.put("definitionKo", m.getDefinitionKo());
        w.put("place", m.getPlace());
        w.put("placeKo", m.getPlaceKo());
        w.put("topic", m.getTopic());
        w.put("topicKo", topics.korean(m.getTopic()));
        return w;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The measures this reader may know of that the typed text names, for the claim form's picker: matched against
     * the English name, the Korean name and the short address, ignoring case (and, for Korean, spaces); the best
     * first (the whole name or address, then a name or address starting with the text, then a word of it, then
     * anywhere), then by English name. All of them for an empty text; at most {@code max}.
     */
    public List<MeasureChoice> choices(@NotNull Reader reader, @Size(max = 300) String text, @Min(1) @Max(500) int max) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return measures.all(reader).stream()
                .map(m -> Map.entry(m, MeasureMatch.rank(q, m.getName(), m.getNameKo(), m.getSlug())))
                .filter(e -> e.getValue() < MeasureMatch.NONE)
                .sorted(Comparator.<Map.Entry<Measure, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().getName().toLowerCase(Locale.ROOT)))
                .limit(max)
                .map(e -> MeasureChoice.of(e.getKey()))
                .toList();
    }

    private Measure create(NewMeasure command) {
        String slug = blank(command.slug()) ? derivedSlug(command) : command.slug().strip();
        if (measures.findBySlug(slug).isPresent()) {
            throw InvalidInputException.of(Measures.class, "slugTaken", slug);
        }
        // a measure named in Korean only keeps that name as its (English) name too, which the column requires
        String name = blank(command.name()) ? command.nameKo().strip() : command.name().strip();
        try {
            Measure measure = new Measure(slug, name, command.definition(), command.unit(),
                    command.kind(), command.flowPeriod());
            measure.nameInKorean(command.nameKo());
            measure.locate(command.place(), command.topic());
            return measures.add(measure);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /**
     * The short address of a measure proposed without one: from its English name, else {@code measure-<n>}; with
     * "-2", "-3" … when another measure holds it (which tells the proposer no more than a refused address would).
     */
    private String derivedSlug(NewMeasure command) {
        String base = MeasureSlugs.fromName(command.name());
        int n = 1;
        if (base.isEmpty()) {
            base = "measure";
            n = measures.all().size() + 1;
        }
        for (;; n++) {
            String candidate = MeasureSlugs.candidate(base, n);
            if (measures.findBySlug(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
