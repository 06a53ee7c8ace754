package org.corroborate.web.faces.crossref;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.model.crossref.Note;
import org.corroborate.model.crossref.Reason;
import org.corroborate.model.crossref.Verdict;
import org.corroborate.service.access.Reader;
import org.corroborate.service.crossref.ClaimCrossReference;
import org.corroborate.service.crossref.ComparisonView;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.service.crossref.MeasureCrossReference;
import org.corroborate.service.shared.Numbers;
import org.corroborate.web.faces.support.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    Reader reader;

    private final Map<String, MeasureCrossReference> measures = new HashMap<>();
    private final Map<Long, ClaimCrossReference> claims = new HashMap<>();

    public MeasureCrossReference measure(String slug) {
        return slug == null ? null : measures.computeIfAbsent(slug, s -> crossReferences.ofMeasure(s, reader).orElse(null));
    }

    public ClaimCrossReference claim(Long id) {
        return id == null ? null : claims.computeIfAbsent(id, i -> crossReferences.ofClaim(i, reader).orElse(null));
    }

    /** The finding in plain words: "Conflict (major, 80% apart)", "Not comparable: different period". */
    public String describe(ComparisonView v) {
        return describe(v.verdict(), v.reason(), v.level(), v.severity());
    }

    static String describe(String verdict, String reason, String level, BigDecimal severity) {
        String text = Messages.text(BUNDLE, "verdict." + verdict);
        if (reason != null) {
            text += ": " + Messages.text(BUNDLE, "reason." + reason);
        }
        if (level != null) {
            text += " (" + Messages.text(BUNDLE, "level." + level) + ", "
                    + Messages.text(BUNDLE, "apart", Numbers.plain(severity.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP))) + ")";
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

    /** A CSS modifier for the finding: conflict, agree, other. */
    public String tone(String verdict) {
        return switch (verdict) {
            case "CONFLICTS", "CUMULATIVE_DECREASE" -> "conflict";
            case "AGREES" -> "agree";
            default -> "other";
        };
    }
}
