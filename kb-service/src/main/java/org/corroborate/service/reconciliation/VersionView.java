package org.corroborate.service.reconciliation;

import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A published reconciliation version, as its permanent page shows it.
 *
 * @param draftingOrganization  the organization whose editor drafted it (null for versions from before approvals)
 * @param approvingOrganization the other organization whose editor approved it (null for versions from before)
 * @param supersededBy the number of the version that replaced this one, or {@code null} while it is current
 * @param contested    true when a member organization dissents from it
 * @param publishedBy  the organization whose editor published it; the editor is never named, as public pages name
 *                     organizations only
 */
public record VersionView(MeasureRef measure, int number, String rule, BigDecimal low, BigDecimal high,
                          BigDecimal best, String unit, String unitSymbol, PeriodView period, String rationale,
                          Instant publishedAt, OrganizationRef publishedBy,
                          OrganizationRef draftingOrganization, OrganizationRef approvingOrganization,
                          List<CandidateView> roles, List<ResponseView> responses, boolean contested,
                          Integer supersededBy) implements Serializable {

    /** The page that shows this version for good. */
    public String permalink() {
        return "/reconciliation.xhtml?measure=" + measure.slug() + "&v=" + number;
    }
}
