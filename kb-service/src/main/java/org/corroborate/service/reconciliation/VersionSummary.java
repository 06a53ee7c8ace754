package org.corroborate.service.reconciliation;

import org.corroborate.service.shared.OrganizationRef;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a reconciliation's history.
 *
 * @param publishedBy the organization whose editor published it (never the editor: staff are not named in public)
 */
public record VersionSummary(int number, String rule, BigDecimal low, BigDecimal high, BigDecimal best,
                             Instant publishedAt, OrganizationRef publishedBy, String permalink) {
}
