package org.corroborate.service.crossref;

import org.corroborate.service.source.SourceRef;

import java.util.List;

/** Claims of a measure that share an origin, and the origin sources they go back to. */
public record OriginGroupView(int number, List<Long> claimIds, List<SourceRef> origins) {
}
