package org.corroborate.service.crossref;

import java.util.List;

/**
 * Where one claim's figure comes from: for each supporting citation, its figure-level chain from the cited source
 * through the relays the cited passage names to the origin. Relays recorded between sources are not followed.
 *
 * @param figure      the claim's figure as its source states it ("up to 120,000"); {@code null} for a claim without one
 * @param originGroup the number of the claim's origin group on its measure; 0 on a claim's own page
 */
public record OriginChainView(long claimId, String figure, int originGroup, List<ChainView> chains) {
}
