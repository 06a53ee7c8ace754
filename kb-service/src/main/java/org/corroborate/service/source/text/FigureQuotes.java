package org.corroborate.service.source.text;

/**
 * The quote offered with an extracted figure: its sentence, or when the sentence is long, at most
 * {@link #MAX_QUOTE} characters of it around the figure, cut at spaces. Always a piece of the sentence exactly
 * as written, so that anchoring finds it. Pure.
 */
final class FigureQuotes {

    /** The longest quote offered with a figure. */
    static final int MAX_QUOTE = 400;

    private FigureQuotes() {
    }

    /** The sentence (or the part of it around the phrase) as a quote of at most {@code max} characters. */
    static String around(String sentence, String phrase, int max) {
        String s = sentence == null ? "" : sentence.strip();
        if (s.length() <= max) {
            return s;
        }
        int at = phrase == null || phrase.isEmpty() ? -1 : s.indexOf(phrase);
        int phraseLength = at < 0 ? 0 : phrase.length();
        if (at < 0) {
            at = 0;
        }
        if (phraseLength >= max) {
            return s.substring(at, at + max).strip();
        }
        int room = max - phraseLength;
        int from = Math.max(0, at - room / 2);
        int to = Math.min(s.length(), from + max);
        from = Math.max(0, to - max);
        // cut at spaces, never inside a word (unless the sentence is one long word)
        if (from > 0) {
            int space = indexOfSpace(s, from, at);
            if (space >= 0) {
                from = space + 1;
            }
        }
        if (to < s.length()) {
            int space = lastIndexOfSpace(s, at + phraseLength, to);
            if (space >= 0) {
                to = space;
            }
        }
        return s.substring(from, to).strip();
    }

    /** The sentence in three parts around the first occurrence of the phrase, for highlighting; the phrase empty when absent. */
    static String[] split(String sentence, String phrase) {
        String s = sentence == null ? "" : sentence;
        int at = phrase == null || phrase.isEmpty() ? -1 : s.indexOf(phrase);
        if (at < 0) {
            return new String[]{s, "", ""};
        }
        return new String[]{s.substring(0, at), phrase, s.substring(at + phrase.length())};
    }

    private static int indexOfSpace(String s, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfSpace(String s, int limit, int to) {
        for (int i = to; i > limit; i--) {
            if (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
