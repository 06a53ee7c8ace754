package org.corroborate.service.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The synonym groups editors keep, as search reads them: where a query names a term of a group, any term of the group
 * may match in its place, in either language ("탈북민" finds entries that say "defectors", and the other way round).
 * Immutable; the index swaps in a new one when editors change the list.
 *
 * <p>Applied at query time, not at indexing, because a group crosses languages that are analysed apart (Nori for
 * Korean, stemming for English): each term of a group is analysed in each language's own way when the query is
 * built. So a change to the list takes effect with the next search, with no rebuild of the index.
 */
final class Synonyms {

    static final Synonyms NONE = new Synonyms(List.of());

    private static final Pattern HANGUL = Pattern.compile("[\\uac00-\\ud7a3]");

    /** The most letters after a Korean term that are read as its particle ("들에게") rather than another word. */
    private static final int PARTICLE = 3;

    private final List<List<String>> groups;

    Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
    }

    /**
     * Where a term of a group stands in the query text ({@code said}, as typed), and the terms that may stand there
     * instead (itself included).
     */
    record Slot(int start, int end, List<String> terms, String said) {
    }

    /** The query text split into what matched a group and what is left. */
    record Split(List<Slot> slots, String rest) {
    }

    /**
     * The query's terms that belong to a group, longest first where they overlap ("정치범수용소" rather than
     * "수용소"), and the rest of the text. A Latin term matches whole words only ("UN" not in "UNHCR"); a Korean
     * term matches at the start of a word or inside a compound, and takes up to three more letters of that word with
     * it (a particle: "탈북민들이" is "탈북민"); the words as typed stay one of the slot's terms.
     */
    Split split(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Slot> found = new ArrayList<>();
        for (List<String> group : groups) {
            for (String term : group) {
                String t = term.toLowerCase(Locale.ROOT);
                boolean korean = HANGUL.matcher(t).find();
                for (int at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
                    int end = at + t.length();
                    if (!korean && (wordChar(lower, at - 1) || wordChar(lower, end))) {
                        continue;
                    }
                    if (korean) {
                        int wordEnd = end;
                        while (wordEnd < lower.length() && !Character.isWhitespace(lower.charAt(wordEnd))) {
                            wordEnd++;
                        }
                        if (wordEnd - end <= PARTICLE) {
                            end = wordEnd;
                        }
                    }
                    List<String> terms = new ArrayList<>(group);
                    String said = text.substring(at, end);
                    if (terms.stream().noneMatch(said::equalsIgnoreCase)) {
                        terms.add(said);
                    }
                    found.add(new Slot(at, end, terms, said));
                }
            }
        }
        found.sort(Comparator.comparingInt((Slot s) -> -(s.end() - s.start())).thenComparingInt(Slot::start));
        List<Slot> kept = new ArrayList<>();
        for (Slot s : found) {
            if (kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Slot::start));
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (Slot s : kept) {
            rest.append(text, from, s.start()).append(' ');
            from = s.end();
        }
        rest.append(text.substring(from));
        return new Split(kept, rest.toString());
    }

    private static boolean wordChar(String text, int at) {
        return at >= 0 && at < text.length() && Character.isLetterOrDigit(text.charAt(at));
    }

    int size() {
        return groups.size();
    }
}
