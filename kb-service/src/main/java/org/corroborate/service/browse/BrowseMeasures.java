package org.corroborate.service.browse;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.measure.Measure;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.MeasureAccess;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.measure.TopicNames;
import org.corroborate.service.reconciliation.Reconciliations;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Measures with the claims a reader may see, for the read API and the measure's public page. The page's one read,
 * {@link #page(String, Reader)}, returns the measure, its reconciliation and its cross-references together, in one
 * transaction (this bean's method; the services it calls join it). Each public method is one transaction.
 */
@Stateless
public class BrowseMeasures {

    @Inject
    MeasureRepository measures;

    @Inject
    TopicNames topicNames;

    @Inject
    ClaimRepository claims;

    @Inject
    Reconciliations reconciliations;

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
        Map<String, String> korean = topicNames.korean();
        return measures.all(reader).stream()
                .map(m -> MeasureView.of(m, byMeasure.getOrDefault(m.getId(), List.of()), korean.get(m.getTopic())))
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

    /**
     * Everything the measure's page shows, read at once: the measure with its claims, its reconciliation and its
     * cross-references; empty when the reader may not know of the measure.
     */
    public Optional<MeasurePageView> page(@NotNull String slug, @NotNull Reader reader) {
        return measures.findBySlug(slug, reader).map(m -> new MeasurePageView(view(m, reader),
                reconciliations.current(slug, reader).orElseThrow(),
                crossReferences.ofMeasure(slug, reader).orElseThrow()));
    }

    private MeasureView view(Measure m, Reader reader) {
        List<Claim> visible = claims.ofMeasure(m, ClaimAccess.visibleStatuses(reader));
        return MeasureView.of(m, visible.stream().map(c -> ClaimSummary.of(c, reader)).toList(),
                topicNames.korean(m.getTopic()));
    }
}
