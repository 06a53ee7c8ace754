package org.corroborate.service.source.text;

import jakarta.enterprise.context.ApplicationScoped;
import org.corroborate.model.source.SourceText;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quote index of the texts quoted most recently, so that a claim import citing one long report in every row
 * normalizes its text once, not once a row. A held text never changes (attaching again makes a new one, with a
 * new id), so an index never goes stale.
 */
@ApplicationScoped
public class QuoteFinders {

    private static final int CAPACITY = 16;

    private final Map<Long, QuoteFinder> byText = Collections.synchronizedMap(new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, QuoteFinder> eldest) {
            return size() > CAPACITY;
        }
    });

    public QuoteFinder of(SourceText text) {
        return byText.computeIfAbsent(text.getId(), id -> new QuoteFinder(text.pageTexts()));
    }
}
