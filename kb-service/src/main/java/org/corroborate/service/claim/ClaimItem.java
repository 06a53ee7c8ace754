package org.corroborate.service.claim;

import org.corroborate.model.claim.Claim;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.PeriodView;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of an organization's own claims, as its "my items" list shows it: status, version, last change, and whether
 * it may still be edited.
 */
public record ClaimItem(long id, String statement, FigureView figure, MeasureRef measure, PeriodView period,
                        String status, boolean editable, long version, int citationCount, Instant updatedAt) implements Serializable {

    static ClaimItem of(Claim c) {
        return new ClaimItem(c.getId(), c.getStatement(), FigureView.of(c),
                c.getMeasure() == null ? null : MeasureRef.of(c.getMeasure()), PeriodView.of(c.getPeriod()),
                c.getStatus().name(), c.getStatus().isEditable(), c.getVersion(), c.getCitations().size(), c.getUpdatedAt());
    }
}
