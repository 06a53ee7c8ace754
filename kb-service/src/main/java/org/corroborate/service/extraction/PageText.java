package org.corroborate.service.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's text with words and numbers split by a hyphenated line break joined again ("thou-\nsand" becomes
 * "thousand", "120,-\n000" becomes "120,000") and soft hyphens removed, remembering where each character
 * came from in the original page.
 */
final class PageText {

    /**
     * A hyphen at a line's end between two lower-case letters ("thou-\nsand"), or after a number's separator and
     * before the next digits ("120,-\n000"). A hyphen between bare digits ("3-\n6 months") is a range and stays.
     */
    private static final Pattern BREAK = Pattern.compile(
            "(?<=\\p{Ll})[-\u00AD][ \\t]*\\r?\\n[ \\t]*(?=\\p{Ll})"
                    + "|(?<=\\d[,.])[-\u00AD][ \\t]*\\r?\\n[ \\t]*(?=\\d)");

    private final String original;
    private final String text;
    private final int[] origin;

    PageText(String original) {
        this.original = original;
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        Matcher m = BREAK.matcher(original);
        int last = 0;
        while (m.find()) {
            for (int i = last; i < m.start(); i++) {
                n = copy(original, i, out, map, n);
            }
            last = m.end();
        }
        for (int i = last; i < original.length(); i++) {
            n = copy(original, i, out, map, n);
        }
        map[n] = original.length();
        this.text = out.toString();
        this.origin = java.util.Arrays.copyOf(map, n + 1);
    }

    private static int copy(String original, int i, StringBuilder out, int[] map, int n) {
        char c = original.charAt(i);
        if (c == '\u00AD') {
            return n;
        }
        out.append(c);
        map[n] = i;
        return n + 1;
    }

    /** The joined text the extractor reads. */
    String text() {
        return text;
    }

    String original() {
        return original;
    }

    /** The original offset of the joined text's character at {@code index}. */
    int originStart(int index) {
        return origin[index];
    }

    /** The original offset just after the joined text's span ending (exclusive) at {@code end}. */
    int originEnd(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }
}
