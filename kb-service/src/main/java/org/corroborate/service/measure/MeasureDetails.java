package org.corroborate.service.measure;

import org.corroborate.service.shared.Versioned;
import org.corroborate.model.measure.Measure;
import org.corroborate.service.shared.Numbers;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A measure on its own, without its claims: its definition, unit, kind, tolerance for "about" and version (for
 * optimistic edits), with its Korean forms (null where none is given). Browsing ({@code service.browse.MeasureView}) adds the claims a reader may see.
 */
public record MeasureDetails(long id, String slug, String name, String definition, String unit, String unitSymbol,
                             String kind, String flowPeriod, String place, String topic,
                             BigDecimal aboutTolerancePercent, long version, String nameKo,
                             String definitionKo, String placeKo, String topicKo) implements Versioned, Serializable {

    static MeasureDetails of(Measure m) {
        return of(m, null);
    }

    static MeasureDetails of(Measure m, String topicKo) {
        return new MeasureDetails(m.getId(), m.getSlug(), m.getName(), m.getDefinition(), m.getUnit().name(),
                m.getUnit().symbol(), m.getKind().name(), m.getFlowPeriod() == null ? null : m.getFlowPeriod().name(),
                m.getPlace(), m.getTopic(), Numbers.plain(m.getAboutTolerancePercent()), m.getVersion(), m.getNameKo(),
                m.getDefinitionKo(), m.getPlaceKo(), topicKo);
    }
}
