package org.corroborate.service.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, best first, with the facet counts of all hits.
 *
 * @param facets per facet (type, topic, organization, year, kind, status), its values with how many hits have each
 */
public record SearchResults(String text, long total, int offset, int limit, List<Hit> hits,
                            Map<String, List<FacetCount>> facets, IndexStatus index) {

    /**
     * A hit; {@code snippetHtml} is escaped text with the matched words in {@code <mark>}; {@code titleKo} its title on
     * Korean pages, null when it has no Korean name.
     */
    public record Hit(String type, long id, String title, String snippetHtml, String path, String language,
                      List<String> organizations, Integer year, String titleKo) {
    }

    public record FacetCount(String value, long count) {
    }
}
