package org.corroborate.service.measure;

import java.util.Locale;

/**
 * How well a typed text names a measure, for the picker: 0 is the whole English name, Korean name or short address;
 * then one of them starting with the text; then a word of one starting with it; then the text anywhere in one;
 * {@link #NONE} for no match. Case is ignored, and so are spaces in Korean ("탈북민수" finds "탈북민 수").
 */
final class MeasureMatch {

    static final int NONE = 4;

    private MeasureMatch() {
    }

    /** The rank of the measure for a query already stripped and lower-cased; an empty query matches every measure. */
    static int rank(String query, String name, String nameKo, String slug) {
        if (query.isEmpty()) {
            return 0;
        }
        int best = NONE;
        for (String field : new String[] {name, nameKo, slug}) {
            if (field == null) {
                continue;
            }
            String f = field.toLowerCase(Locale.ROOT);
            best = Math.min(best, rankIn(query, f));
            best = Math.min(best, rankIn(query.replace(" ", ""), f.replace(" ", "")));
            if (best == 0) {
                return 0;
            }
        }
        return best;
    }

    private static int rankIn(String q, String f) {
        if (q.isEmpty()) {
            return NONE;
        }
        if (f.equals(q)) {
            return 0;
        }
        if (f.startsWith(q)) {
            return 1;
        }
        for (String word : f.split("[\\s\\-(),/]+")) {
            if (word.startsWith(q)) {
                return 2;
            }
        }
        return f.contains(q) ? 3 : NONE;
    }
}
