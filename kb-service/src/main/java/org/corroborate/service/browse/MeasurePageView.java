package org.corroborate.service.browse;

import org.corroborate.service.crossref.MeasureCrossReference;
import org.corroborate.service.reconciliation.ReconciliationView;

/**
 * Everything a measure's public page shows, read in one transaction so that its parts agree: the measure with the
 * claims the reader may see, its reconciliation (public figure, history, whether contested) and how its figures
 * compare (findings and independent origins).
 *
 * @param reconciliation never null; its {@code current} is null while nothing is published
 * @param crossReference never null
 */
public record MeasurePageView(MeasureView measure, ReconciliationView reconciliation,
                              MeasureCrossReference crossReference) {
}
