package org.corroborate.model.crossref;

import org.corroborate.model.claim.Citation;
import org.corroborate.model.claim.Stance;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.Figure;
import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.claim.Tolerance;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.Interval;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.shared.Period;
import org.corroborate.model.shared.VisibleText;
import org.corroborate.model.source.Source;

import java.math.BigDecimal;
import java.time.Instant;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What cross-referencing needs to know of one claim: its figure as an interval (under its measure's tolerance for
 * "about"), unit, population, period, the passages it cites, its publisher, and its origins.
 *
 * @param interval   {@code null} for a claim without a figure
 * @param population normalized; {@code null} when the claim counts what its measure defines
 * @param period     {@code null} when the claim states none
 * @param publisher  normalized publisher of the first supporting source (its holder organization when the source
 *                   names no publisher); {@code null} without citations
 * @param issued     the first day of that source's publication date, or {@code null}
 * @param issuedUntil the last day that publication date may stand for ("2018" ends on 31 December), or {@code null}
 * @param origins    ids of the origin sources of its supporting citations
 * @param originPublishers normalized publishers of those origin sources (as {@code publisher})
 */
public record ClaimFacts(long id, Figure figure, Interval interval, Unit unit, String population, Period period,
                         MeasureKind kind, List<Passage> passages, String publisher, Long publisherSourceId,
                         LocalDate issued, LocalDate issuedUntil, Instant createdAt, Set<Long> origins,
                         Set<String> originPublishers) {

    public ClaimFacts {
        if (issued != null && issuedUntil == null) {
            issuedUntil = issued;
        }
        origins = origins == null ? Set.of() : Set.copyOf(origins);
        originPublishers = originPublishers == null ? Set.of() : Set.copyOf(originPublishers);
    }

    /** Facts whose publication date is a day and whose origins' publishers are unknown. */
    public ClaimFacts(long id, Figure figure, Interval interval, Unit unit, String population, Period period,
                      MeasureKind kind, List<Passage> passages, String publisher, Long publisherSourceId,
                      LocalDate issued, Instant createdAt, Set<Long> origins) {
        this(id, figure, interval, unit, population, period, kind, passages, publisher, publisherSourceId, issued,
                issued, createdAt, origins, Set.of());
    }

    /** A range "so wide that it says little": its high bound is at least this many times its low bound. */
    public static final BigDecimal UNINFORMATIVE_RATIO = BigDecimal.TEN;

    public static ClaimFacts of(Claim c) {
        Figure f = c.getFigure();
        Interval interval = f == null ? null
                : f.toInterval(Tolerance.percent(c.getMeasure().getAboutTolerancePercent()));
        List<Citation> supporting = c.getCitations().stream().filter(ci -> ci.getStance() == Stance.SUPPORTS).toList();
        if (supporting.isEmpty()) {
            supporting = c.getCitations();
        }
        List<Passage> passages = c.getCitations().stream()
                .map(ci -> Passage.of(ci.getSource().getId(),
                        ci.getQuote() == null ? null : ci.getQuote().getExact(),
                        ci.getQuote() == null ? null : ci.getQuote().getPrefix(),
                        ci.getQuote() == null ? null : ci.getQuote().getSuffix(),
                        ci.getLocator() == null ? null : ci.getLocator().getType() + " " + ci.getLocator().getValue()))
                .toList();
        Set<Source> originSources = new LinkedHashSet<>();
        supporting.forEach(ci -> originSources.addAll(Origins.of(ci.getSource())));
        Set<Long> origins = new LinkedHashSet<>();
        Set<String> originPublishers = new LinkedHashSet<>();
        originSources.forEach(s -> {
            origins.add(s.getId());
            originPublishers.add(publisherOf(s));
        });
        Source first = supporting.isEmpty() ? null : supporting.get(0).getSource();
        PartialDate issued = first == null ? null : first.getIssued();
        return new ClaimFacts(c.getId(), f, interval, f == null ? null : f.getUnit(), normalize(c.getPopulation()),
                c.getPeriod(), c.getMeasure() == null ? null : c.getMeasure().getKind(), passages,
                first == null ? null : publisherOf(first), first == null ? null : first.getId(),
                issued == null ? null : issued.firstDay(), issued == null ? null : issued.lastDay(),
                c.getCreatedAt(), origins, originPublishers);
    }

    private static String publisherOf(Source s) {
        String publisher = normalize(s.getPublisher());
        return publisher != null ? publisher : "holder:" + s.getHolder().getSlug();
    }

    /**
     * The text as cross-referencing compares it, so that one group written two ways is one group: Unicode compatibility
     * forms folded (full-width letters, ligatures), dashes and quotes unified, spaces collapsed, letters in lower case,
     * and the punctuation a phrase may end with dropped. "Women forcibly repatriated." and "women  forcibly repatriated"
     * are the same population; "arrivals in 2023" and "arrivals since 1998" are not.
     *
     * @return {@code null} for blank text
     */
    public static String normalize(String text) {
        if (VisibleText.isBlank(text)) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("[\\u2018\\u2019\\u201B`]", "'")
                .replaceAll("[\\u201C\\u201D\\u201F]", "\"")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
        String trimmed = folded.replaceAll("^[\"']+|[\"'.,;:]+$", "").strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * True when the figure is a stated range so wide that agreeing with it confirms little: "10,000 to 300,000"
     * (high at least ten times low, or starting at zero). One-sided figures ("up to
     * 120,000", "at least 2,000") are not: they say exactly what they claim.
     */
    public boolean isUninformative() {
        if (figure == null || figure.getQualifier() != Qualifier.BETWEEN) {
            return false;
        }
        BigDecimal low = figure.getLow();
        BigDecimal high = figure.getHigh();
        if (low.signum() <= 0) {
            return high.signum() > 0;
        }
        return high.compareTo(low.multiply(UNINFORMATIVE_RATIO)) >= 0;
    }
}
