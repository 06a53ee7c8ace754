package org.corroborate.service.crossref;

import org.corroborate.service.source.SourceRef;

import java.util.List;

/**
 * Where one claim's figure comes from: for each cited source, each chain of relays from it to an origin
 * ([cited, relayed, ..., origin]); a source relaying nothing is its own origin.
 */
public record OriginChainView(long claimId, int originGroup, List<List<SourceRef>> chains) {
}
