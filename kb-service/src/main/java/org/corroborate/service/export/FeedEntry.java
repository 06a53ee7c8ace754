package org.corroborate.service.export;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the Atom feed.
 *
 * @param id      a URI that never changes for this entry
 * @param path    the public page it links to, from the site's root ("/claims/12")
 * @param author  who the entry is by, or null for the feed's author
 */
public record FeedEntry(String id, String title, Instant updated, String path, String summary, String author) {

    public FeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(path, "path");
    }
}
