package org.corroborate.service.measure;

import org.corroborate.model.measure.Measure;

/** A measure as other read models mention it. */
public record MeasureRef(long id, String slug, String name, String unit) {

    public static MeasureRef of(Measure m) {
        return new MeasureRef(m.getId(), m.getSlug(), m.getName(), m.getUnit().name());
    }
}
