package org.corroborate.service.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a reconciliation's history ({@code publishedBy}: for members only, {@code null} for the public). */
public record VersionSummary(int number, String rule, BigDecimal low, BigDecimal high, BigDecimal best,
                             Instant publishedAt, String publishedBy, String permalink) {
}
