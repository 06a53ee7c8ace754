package org.corroborate.service.source.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a quote in a text kept page by page, forgiving what copying from a PDF changes and a reader cannot see:
 * runs of spaces and line breaks count as one space, a word hyphenated at a line break ("politi-\ncal") matches
 * both "political" and "politi-cal", curly and straight quotation marks are the same, so are the dashes, and
 * ligatures ("ﬁ") match their letters. Everything else must be exactly as written, case included.
 * A quote may run across a page break. Pure and thread-safe once built.
 */
final class QuoteFinder {

    /** What a search found. */
    record Outcome(QuoteMatch match, int occurrences) {

        static final Outcome NOT_FOUND = new Outcome(null, 0);

        boolean found() {
            return match != null;
        }

        boolean ambiguous() {
            return match == null && occurrences > 1;
        }
    }

    private final List<String> pages;
    /** Start of each page in the pages joined by '\n'. */
    private final int[] pageStarts;
    /** The normalized text. */
    private final char[] text;
    /** True where the character is a line-break hyphen that a quote may include or leave out. */
    private final boolean[] optional;
    /** For each normalized character, the index in the joined original it stands for. */
    private final int[] origin;
    private final int length;

    QuoteFinder(List<String> pages) {
        this.pages = List.copyOf(pages);
        this.pageStarts = new int[this.pages.size()];
        StringBuilder joined = new StringBuilder();
        for (int p = 0; p < this.pages.size(); p++) {
            if (p > 0) {
                joined.append('\n');
            }
            pageStarts[p] = joined.length();
            joined.append(this.pages.get(p));
        }
        Normalized n = normalize(joined, true);
        this.text = n.chars;
        this.optional = n.optional;
        this.origin = n.origin;
        this.length = n.length;
    }

    /**
     * @param prefix text just before the quote, used only when the quote is there more than once (may be null)
     * @param suffix text just after it (may be null)
     */
    Outcome find(String quote, String prefix, String suffix) {
        char[] pattern = pattern(quote);
        if (pattern.length == 0) {
            return Outcome.NOT_FOUND;
        }
        List<int[]> hits = occurrences(pattern);
        if (hits.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (hits.size() == 1) {
            return new Outcome(toMatch(hits.get(0)), 1);
        }
        List<int[]> chosen = hits;
        char[] before = pattern(prefix);
        if (before.length > 0) {
            chosen = chosen.stream().filter(h -> preceded(h[0], before)).toList();
        }
        char[] after = pattern(suffix);
        if (after.length > 0) {
            chosen = chosen.stream().filter(h -> followed(h[1], after)).toList();
        }
        return chosen.size() == 1 ? new Outcome(toMatch(chosen.get(0)), hits.size()) : new Outcome(null, hits.size());
    }

    /** Each occurrence as {start, end} in the normalized text. */
    private List<int[]> occurrences(char[] pattern) {
        List<int[]> hits = new ArrayList<>();
        char first = pattern[0];
        for (int t = 0; t < length; t++) {
            if (text[t] == first) {
                int end = matchEnd(t, pattern);
                if (end >= 0) {
                    hits.add(new int[]{t, end});
                }
            }
        }
        return hits;
    }

    /** Where the pattern ends if it matches at {@code t} (exclusive), else -1. */
    private int matchEnd(int t, char[] pattern) {
        int i = t;
        int j = 0;
        while (j < pattern.length) {
            if (i >= length) {
                return -1;
            }
            char c = text[i];
            if (optional[i]) {
                if (pattern[j] == c) {
                    j++;
                }
                i++;
                continue;
            }
            if (c != pattern[j]) {
                return -1;
            }
            i++;
            j++;
        }
        return i;
    }

    private boolean preceded(int start, char[] prefix) {
        int from = Math.max(0, start - 2 * prefix.length - 2);
        for (int b = from; b < start; b++) {
            int end = matchEnd(b, prefix);
            if (end == start || (end == start - 1 && text[end] == ' ')) {
                return true;
            }
        }
        return false;
    }

    private boolean followed(int end, char[] suffix) {
        return matchEnd(end, suffix) >= 0 || (end < length && text[end] == ' ' && matchEnd(end + 1, suffix) >= 0);
    }

    private QuoteMatch toMatch(int[] hit) {
        int startJoined = origin[hit[0]];
        int lastJoined = origin[hit[1] - 1];
        int page = pageOf(startJoined);
        int start = startJoined - pageStarts[page];
        int end = pageOf(lastJoined) == page ? lastJoined + 1 - pageStarts[page] : pages.get(page).length();
        return new QuoteMatch(page + 1, start, Math.min(end, pages.get(page).length()));
    }

    private int pageOf(int joinedIndex) {
        int low = 0;
        int high = pageStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (pageStarts[mid] <= joinedIndex) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** A quote (or context) normalized like the text, a line-break hyphenation in it joined up, trimmed. */
    static char[] pattern(String s) {
        if (s == null || s.isBlank()) {
            return new char[0];
        }
        Normalized n = normalize(s, false);
        int from = 0;
        int to = n.length;
        while (from < to && n.chars[from] == ' ') {
            from++;
        }
        while (to > from && n.chars[to - 1] == ' ') {
            to--;
        }
        char[] out = new char[to - from];
        System.arraycopy(n.chars, from, out, 0, out.length);
        return out;
    }

    private record Normalized(char[] chars, boolean[] optional, int[] origin, int length) {
    }

    /**
     * @param keepHyphens true for the text (a line-break hyphen stays, marked optional); false for a quote
     *                    (the hyphen is dropped, joining the word)
     */
    private static Normalized normalize(CharSequence s, boolean keepHyphens) {
        int n = s.length();
        char[] chars = new char[n + 16];
        boolean[] optional = new boolean[n + 16];
        int[] origin = new int[n + 16];
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                i++;
                continue;
            }
            if (isSpace(c)) {
                int j = i;
                while (j < n && (isSpace(s.charAt(j)) || isInvisible(s.charAt(j)))) {
                    j++;
                }
                if (len > 0 && chars[len - 1] != ' ') {
                    if (len == chars.length) {
                        chars = grow(chars);
                        optional = grow(optional);
                        origin = grow(origin);
                    }
                    chars[len] = ' ';
                    origin[len++] = i;
                }
                i = j;
                continue;
            }
            if (isHyphen(c)) {
                int next = lineBreakHyphenation(s, i);
                if (next > 0) {
                    if (keepHyphens) {
                        if (len == chars.length) {
                            chars = grow(chars);
                            optional = grow(optional);
                            origin = grow(origin);
                        }
                        chars[len] = '-';
                        optional[len] = true;
                        origin[len++] = i;
                    }
                    i = next;
                    continue;
                }
            }
            String mapped = map(c);
            for (int k = 0; k < mapped.length(); k++) {
                if (len == chars.length) {
                    chars = grow(chars);
                    optional = grow(optional);
                    origin = grow(origin);
                }
                chars[len] = mapped.charAt(k);
                origin[len++] = i;
            }
            i++;
        }
        return new Normalized(chars, optional, origin, len);
    }

    /**
     * If the hyphen at {@code i} ends a line in the middle of a word ("politi-\ncal"), where the word goes on;
     * else -1.
     */
    private static int lineBreakHyphenation(CharSequence s, int i) {
        if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) {
            return -1;
        }
        int j = i + 1;
        int n = s.length();
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || isInvisible(s.charAt(j)))) {
            j++;
        }
        if (j >= n || !isLineBreak(s.charAt(j))) {
            return -1;
        }
        while (j < n && (isSpace(s.charAt(j)) || isInvisible(s.charAt(j)))) {
            j++;
        }
        return j < n && Character.isLetterOrDigit(s.charAt(j)) ? j : -1;
    }

    private static String map(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4':
                return "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
                return "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
                return "-";
            default:
                if (c >= '\uFB00' && c <= '\uFB06') {
                    return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                }
                return String.valueOf(c);
        }
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || c == '\u0085';
    }

    /** Soft hyphens and zero-width characters: invisible in print, dropped. */
    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static char[] grow(char[] a) {
        char[] b = new char[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    private static boolean[] grow(boolean[] a) {
        boolean[] b = new boolean[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    private static int[] grow(int[] a) {
        int[] b = new int[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    @Override
    public String toString() {
        return "QuoteFinder[" + pages.size() + " page(s), " + length + " characters]";
    }
}
