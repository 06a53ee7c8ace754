package org.corroborate.service.extraction;

import java.util.Locale;

/** A word, a number (with its separators) or a single other character of a page's joined text. */
record Token(Kind kind, String text, int start, int end, boolean spaceBefore, boolean lineStart) {

    enum Kind { WORD, NUMBER, MARK }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isMark() {
        return kind == Kind.MARK;
    }

    boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
}
