package org.corroborate.service.claim;

import org.corroborate.service.shared.Versioned;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.Reader;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;
import org.corroborate.service.source.SourceView;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A claim in full: its figure, measure, period, and every citation with its source as the reader may see it. */
public record ClaimView(long id, String statement, String language, FigureView figure, MeasureRef measure,
                        PeriodView period, String place, String population, List<String> topics, String status,
                        OrganizationRef organization, Instant createdAt, Instant updatedAt, long version,
                        List<CitationView> citations) implements Versioned, Serializable {

    /**
     * The claim with the citations whose source {@code sourceView} shows: a citation whose source it maps to
     * {@code null} (hidden from the reader) is left out, and one whose source is a stub loses its quote and locator.
     */
    public static ClaimView of(Claim c, Reader reader, Function<Source, SourceView> sourceView) {
        List<CitationView> citations = c.getCitations().stream()
                .map(ci -> {
                    SourceView source = sourceView.apply(ci.getSource());
                    return source == null ? null : CitationView.of(ci, source, reader);
                })
                .filter(Objects::nonNull)
                .toList();
        return new ClaimView(c.getId(), c.getStatement(), c.getLanguage(),
                FigureView.of(c),
                c.getMeasure() == null ? null : MeasureRef.of(c.getMeasure()),
                PeriodView.of(c.getPeriod()), c.getPlace(), c.getPopulation(), List.copyOf(c.getTopics()), c.getStatus().name(),
                OrganizationRef.of(c.getOrganization()), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion(), citations);
    }
}
