package org.corroborate.service.crossref;

import org.corroborate.model.crossref.Severity;
import org.corroborate.service.measure.MeasureRef;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A measure's open conflicts on the conflict board, the most severe first; {@code topicKo}: the topic in Korean, or null. */
public record MeasureConflicts(MeasureRef measure, String topic, List<ComparisonView> conflicts, BigDecimal worstSeverity,
                               Severity worstLevel, String topicKo) implements Serializable {
}
