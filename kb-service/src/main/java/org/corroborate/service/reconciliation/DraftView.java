package org.corroborate.service.reconciliation;

import org.corroborate.service.shared.Versioned;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The reconciliation draft an editor works on, with every verified claim of the measure as a candidate.
 *
 * @param version              the draft's version: send it back when saving, approving or publishing, so that
 *                             an action based on an older one is refused
 * @param draftingOrganization the organization of the editor who last changed the draft (null before the first save)
 * @param approved             whether an editor of another organization approved the draft as it stands: only then
 *                             may it be published; any change withdraws the approval
 * @param mayApprove           whether the caller may approve it now (an editor of another organization, and not yet
 *                             approved)
 */
public record DraftView(MeasureRef measure, String unitSymbol, long version, String rule, BigDecimal low,
                        BigDecimal high, BigDecimal best, PeriodView period, String rationale,
                        List<CandidateView> candidates, boolean needsReview, int publishedVersions, String updatedBy,
                        Instant updatedAt, OrganizationRef draftingOrganization, boolean approved, String approvedBy,
                        OrganizationRef approvingOrganization, Instant approvedAt, boolean mayApprove) implements Versioned, Serializable {
}
