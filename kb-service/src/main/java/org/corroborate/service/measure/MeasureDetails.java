package org.corroborate.service.measure;

import org.corroborate.model.measure.Measure;
import org.corroborate.service.shared.Numbers;

import java.math.BigDecimal;

/**
 * A measure on its own, without its claims: its definition, unit, kind, tolerance for "about" and version (for
 * optimistic edits). Browsing ({@code service.browse.MeasureView}) adds the claims a reader may see.
 */
public record MeasureDetails(long id, String slug, String name, String definition, String unit, String unitSymbol,
                             String kind, String flowPeriod, String place, String topic,
                             BigDecimal aboutTolerancePercent, long version, String nameKo) {

    static MeasureDetails of(Measure m) {
        return new MeasureDetails(m.getId(), m.getSlug(), m.getName(), m.getDefinition(), m.getUnit().name(),
                m.getUnit().symbol(), m.getKind().name(), m.getFlowPeriod() == null ? null : m.getFlowPeriod().name(),
                m.getPlace(), m.getTopic(), Numbers.plain(m.getAboutTolerancePercent()), m.getVersion(), m.getNameKo());
    }
}
