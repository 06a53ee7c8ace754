package org.corroborate.service.measure;

import java.io.Serializable;

import org.corroborate.model.measure.Measure;

/** A measure as other read models mention it; {@code nameKo} is its Korean name, null when none is given. */
public record MeasureRef(long id, String slug, String name, String unit, String nameKo) implements Serializable {

    public MeasureRef(long id, String slug, String name, String unit) {
        this(id, slug, name, unit, null);
    }

    public static MeasureRef of(Measure m) {
        return new MeasureRef(m.getId(), m.getSlug(), m.getName(), m.getUnit().name(), m.getNameKo());
    }
}
