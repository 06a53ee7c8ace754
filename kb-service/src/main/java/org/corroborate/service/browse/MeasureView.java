package org.corroborate.service.browse;

import org.corroborate.service.shared.Versioned;
import org.corroborate.model.measure.Measure;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.shared.Numbers;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure with the claims a reader may see, in period order: what its public page and the read API show of it.
 * Its Korean forms ({@code nameKo}, {@code definitionKo}, {@code placeKo}, {@code topicKo}) are null where none is
 * given; pages choose by their language. (It lives with browsing, which may read claims; {@code service.measure} knows measures only.)
 */
public record MeasureView(long id, String slug, String name, String definition, String unit, String unitSymbol,
                          String kind, String flowPeriod, String place, String topic,
                          BigDecimal aboutTolerancePercent, long version, List<ClaimSummary> claims, String nameKo,
                          String definitionKo, String placeKo, String topicKo) implements Versioned {

    static MeasureView of(Measure m, List<ClaimSummary> claims, String topicKo) {
        return new MeasureView(m.getId(), m.getSlug(), m.getName(), m.getDefinition(), m.getUnit().name(),
                m.getUnit().symbol(), m.getKind().name(), m.getFlowPeriod() == null ? null : m.getFlowPeriod().name(),
                m.getPlace(), m.getTopic(), Numbers.plain(m.getAboutTolerancePercent()), m.getVersion(), claims, m.getNameKo(),
                m.getDefinitionKo(), m.getPlaceKo(), topicKo);
    }

    /** How many different organizations' claims are shown. */
    public long organizationCount() {
        return claims.stream().map(c -> c.organization().slug()).distinct().count();
    }
}
