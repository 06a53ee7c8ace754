package org.corroborate.service.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.measure.FlowPeriod;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.StorableText;

/** What defines a measure: the question, who or what it counts, its unit and kind. */
@StorableText
public record NewMeasure(
        @NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(?:-[a-z0-9]+)*", message = "{corroborate.slug}") String slug,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 4000) String definition,
        @NotNull Unit unit,
        @NotNull MeasureKind kind,
        FlowPeriod flowPeriod,
        @Size(max = 200) String place,
        @Size(max = 200) String topic) {
}
