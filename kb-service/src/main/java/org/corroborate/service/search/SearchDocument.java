package org.corroborate.service.search;

import java.util.List;

/**
 * One searchable entry, as an anonymous reader may see it.
 *
 * @param key           "claim:12", "measure:4", "source:7": the index's identity of the entry
 * @param type          claim, measure or source
 * @param title         what the hit is called in the result list
 * @param text          the searchable text (snippets are cut from it)
 * @param path          the entry's permalink, relative to the application ("claims/12")
 * @param topics        facet values; organizations likewise
 * @param year          the year the entry is about (a claim's period, a source's publication), or null
 * @param kind          the source kind or the measure kind, or null
 * @param status        verified (claims), reconciled / contested / open (measures), public (sources)
 * @param titleKo       what the hit is called on Korean pages, or null where it has no Korean name
 */
public record SearchDocument(String key, String type, long id, String title, String text, String language,
                             String path, List<String> topics, List<String> organizations, Integer year,
                             String kind, String status, String titleKo) {

    static String key(String type, long id) {
        return type + ":" + id;
    }
}
