package org.corroborate.service.crossref;

import org.corroborate.service.source.SourceRef;

import java.util.List;

/**
 * Claims of a measure whose figure-level chains meet, and the origins their figures go back to (the last hop of each
 * supporting citation's chain).
 *
 * @param origins  the origins this reader may know of; one held in confidence as a stub
 * @param notShown how many origins of the group this reader may not know of (left out of {@code origins})
 */
public record OriginGroupView(int number, List<Long> claimIds, List<SourceRef> origins, int notShown) {
}
