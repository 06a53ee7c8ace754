package org.corroborate.web.faces.crossref;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.model.crossref.Note;
import org.corroborate.model.crossref.Reason;
import org.corroborate.model.crossref.Severity;
import org.corroborate.model.crossref.Verdict;
import org.corroborate.service.access.Reader;
import org.corroborate.service.crossref.ClaimCrossReference;
import org.corroborate.service.crossref.ComparisonView;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.service.crossref.MeasureCrossReference;
import org.corroborate.service.shared.Numbers;
import org.corroborate.web.faces.support.Messages;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cross-referencing sections of the measure and claim pages ({@code measure-crossref.xhtml},
 * {@code claim-crossref.xhtml}): read once per request.
 */
@Named("crossref")
@RequestScoped
public class CrossReferenceSections {

    static final String BUNDLE = "org.corroborate.web.i18n.crossref";

    @Inject
    CrossReferences crossReferences;

    @Inject
    CurrentReader caller;

    private final Map<String, MeasureCrossReference> measures = new HashMap<>();
    private final Map<Long, ClaimCrossReference> claims = new HashMap<>();

    /** The measure's cross-references as the measure page already read them, so that the page reads them once. */
    public void use(String slug, MeasureCrossReference view) {
        measures.put(slug, view);
    }

    public MeasureCrossReference measure(String slug) {
        return slug == null ? null : measures.computeIfAbsent(slug, s -> crossReferences.ofMeasure(s, caller.reader()).orElse(null));
    }

    public ClaimCrossReference claim(Long id) {
        return id == null ? null : claims.computeIfAbsent(id, i -> crossReferences.ofClaim(i, caller.reader()).orElse(null));
    }

    /** The finding in plain words: "Conflict (major, 80% apart)", "Not comparable: different period". */
    public String describe(ComparisonView v) {
        String text = verdictText(v.verdict());
        if (v.reason() != null) {
            text += ": " + reasonText(v.reason());
        }
        if (v.level() != null) {
            text += " (" + levelText(v.level()) + ", " + apart(v) + ")";
        }
        return text;
    }

    /**
     * The sentences that say why, under the finding: what differs for a pair not compared, and the note (rounding,
     * touching bounds) when there is one.
     */
    public List<String> explain(ComparisonView v) {
        List<String> sentences = new ArrayList<>();
        if (v.reason() != null) {
            sentences.add(Messages.text(BUNDLE, "explain.reason." + v.reason()));
        }
        if (v.note() != null) {
            sentences.add(Messages.text(BUNDLE, "note." + v.note()));
        }
        return sentences;
    }

    /** A term of the findings and what it means, for the legend under the comparisons. */
    public record Explanation(String term, String meaning) {
    }

    /** Every finding, reason and note in plain words, in the order a reader meets them. */
    public List<Explanation> getLegend() {
        List<Explanation> legend = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            legend.add(new Explanation(Messages.text(BUNDLE, "verdict." + verdict),
                    Messages.text(BUNDLE, "explain.verdict." + verdict)));
        }
        for (Reason reason : Reason.values()) {
            legend.add(new Explanation(Messages.text(BUNDLE, "verdict.NOT_COMPARABLE") + ": "
                    + Messages.text(BUNDLE, "reason." + reason), Messages.text(BUNDLE, "explain.reason." + reason)));
        }
        for (Note note : Note.values()) {
            legend.add(new Explanation(Messages.text(BUNDLE, "verdict.AGREES"), Messages.text(BUNDLE, "note." + note)));
        }
        return legend;
    }

    /** The verdict's name on the methodology page (its anchor), for {@code <kb:term>}. */
    public String verdictTerm(Verdict verdict) {
        return switch (verdict) {
            case AGREES -> "agree";
            case CONFLICTS -> "conflict";
            case NOT_COMPARABLE -> "not-comparable";
            case UNINFORMATIVE -> "uninformative";
            case REVISION -> "revision";
            case DUPLICATE -> "duplicate";
            case CUMULATIVE_DECREASE -> "running-total-falls";
        };
    }

    /** A conflict's level on the methodology page (minor, moderate, major), for {@code <kb:term>}. */
    public String levelTerm(Severity level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    /** A reason that is a term of its own on the methodology page (a nested period), or {@code null}. */
    public String reasonTerm(Reason reason) {
        return reason == Reason.NESTED_PERIOD ? "nested-period" : null;
    }

    public String verdictText(Verdict verdict) {
        return Messages.text(BUNDLE, "verdict." + verdict.name());
    }

    public String reasonText(Reason reason) {
        return Messages.text(BUNDLE, "reason." + reason.name());
    }

    public String levelText(Severity level) {
        return Messages.text(BUNDLE, "level." + level.name());
    }

    /** "80% apart": a conflict's gap, in whole percent. */
    public String apart(ComparisonView v) {
        return v.severity() == null ? "" : Messages.text(BUNDLE, "apart",
                Numbers.plain(v.severity().movePointRight(2).setScale(0, RoundingMode.HALF_UP)));
    }

    /** A text of the cross-referencing bundle with its argument, in the reader's language. */
    public String text(String key, Object argument) {
        return Messages.text(BUNDLE, key, argument);
    }

    /** A CSS modifier for the finding: conflict, agree, other. */
    public String tone(Verdict verdict) {
        return switch (verdict) {
            case CONFLICTS, CUMULATIVE_DECREASE -> "conflict";
            case AGREES -> "agree";
            default -> "other";
        };
    }
}
