package org.corroborate.service.measure;

import org.corroborate.model.measure.Measure;

import java.io.Serializable;
import java.util.Locale;

/** A measure as a picker offers it: its short address and its names in English and (when it has one) Korean. */
public record MeasureChoice(String slug, String name, String nameKo) implements Serializable {

    static MeasureChoice of(Measure m) {
        return new MeasureChoice(m.getSlug(), m.getName(), m.getNameKo());
    }

    /** The name in this language: the Korean one on Korean pages when there is one, else the English one. */
    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) && nameKo != null ? nameKo : name;
    }
}
