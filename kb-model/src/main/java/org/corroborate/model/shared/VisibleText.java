package org.corroborate.model.shared;

/**
 * Whether a text shows anything. {@link String#isBlank()} counts only white space as blank, so a title of zero-width
 * spaces (U+200B), word joiners (U+2060), byte-order marks (U+FEFF) or Hangul fillers (U+3164) passed as a title that
 * readers then saw as empty; here those count as blank too.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** True for null, empty, and text of nothing but white space, control, format and other invisible characters. */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(VisibleText::invisible);
    }

    /** Whether this character, written alone, shows nothing. */
    static boolean invisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        if (type == Character.FORMAT || type == Character.CONTROL) {
            return true; // zero-width space and joiners, directional marks, soft hyphen, byte-order mark, NUL...
        }
        return switch (c) {
            // Hangul fillers, the combining grapheme joiner, the blank Braille pattern: letters or marks that draw nothing
            case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F, 0x2800 -> true;
            default -> false;
        };
    }
}
