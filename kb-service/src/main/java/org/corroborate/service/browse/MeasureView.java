package org.corroborate.service.browse;

import org.corroborate.service.shared.Versioned;
import org.corroborate.model.measure.Measure;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.shared.Numbers;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure with the claims a reader may see, in period order: what its public page and the read API show of it.
 * (It lives with browsing, which may read claims; {@code service.measure} knows measures only.)
 */
public record MeasureView(long id, String slug, String name, String definition, String unit, String unitSymbol,
                          String kind, String flowPeriod, String place, String topic,
                          BigDecimal aboutTolerancePercent, long version, List<ClaimSummary> claims, String nameKo) implements Versioned {

    static MeasureView of(Measure m, List<ClaimSummary> claims) {
        return new MeasureView(m.getId(), m.getSlug(), m.getName(), m.getDefinition(), m.getUnit().name(),
                m.getUnit().symbol(), m.getKind().name(), m.getFlowPeriod() == null ? null : m.getFlowPeriod().name(),
                m.getPlace(), m.getTopic(), Numbers.plain(m.getAboutTolerancePercent()), m.getVersion(), claims, m.getNameKo());
    }

    /** The name in the reader's language: Korean when asked for and given, English otherwise. */
    public String nameIn(java.util.Locale locale) {
        return nameKo != null && locale != null && "ko".equals(locale.getLanguage()) ? nameKo : name;
    }

    /** How many different organizations' claims are shown. */
    public long organizationCount() {
        return claims.stream().map(c -> c.organization().slug()).distinct().count();
    }
}
