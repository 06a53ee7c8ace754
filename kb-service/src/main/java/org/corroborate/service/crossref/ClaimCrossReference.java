package org.corroborate.service.crossref;

import java.util.List;

/** One claim's origin chains and its findings against the other claims of its measure. */
public record ClaimCrossReference(OriginChainView origins, List<ComparisonView> comparisons) {
}
