package org.corroborate.service.extraction;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Finds the figures in a text, page by page. Thread-safe; holds no state. */
@ApplicationScoped
public class FigureExtractor {

    /**
     * @param pages the text of each page, in order (a pasted text is one page)
     * @return the figures found, in reading order
     */
    public List<FigureCandidate> extract(List<String> pages) {
        // TODO(extraction): being written; see issue 3
        return List.of();
    }
}
