package org.corroborate.service.measure;

import java.io.Serializable;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.measure.FlowPeriod;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.StorableText;

/**
 * What defines a measure: the question (its name in English, in Korean, or both), who or what it counts, its unit
 * and kind, and for flows and rates the period each figure counts over. The short address ({@code slug}) may be left
 * out: it is then derived from the English name ({@link MeasureSlugs}).
 */
@StorableText
@CompleteMeasure
public record NewMeasure(
        @Size(max = 120) @Pattern(regexp = "|[a-z0-9]+(?:-[a-z0-9]+)*", message = "{corroborate.slug}") String slug,
        @Size(max = 300) String name,
        @NotBlank @Size(max = 4000) String definition,
        @NotNull Unit unit,
        @NotNull MeasureKind kind,
        FlowPeriod flowPeriod,
        @Size(max = 200) String place,
        @Size(max = 200) String topic,
        @Size(max = 300) String nameKo) implements Serializable {

    /** The canonical constructor is the one JSON-B reads the API's bodies with ({@code nameKo} may be left out). */
    @JsonbCreator
    public NewMeasure {
    }

    /** A measure named in English only. */
    public NewMeasure(String slug, String name, String definition, Unit unit, MeasureKind kind, FlowPeriod flowPeriod,
                      String place, String topic) {
        this(slug, name, definition, unit, kind, flowPeriod, place, topic, null);
    }
}
