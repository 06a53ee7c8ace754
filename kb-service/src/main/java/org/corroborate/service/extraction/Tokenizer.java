package org.corroborate.service.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a text into words, numbers and other characters. */
final class Tokenizer {

    /**
     * Digits with thousands separators of any locale (one kind of separator per number: "120,000", "120.000",
     * "120 000" with a normal, no-break or narrow no-break space, "1'000"), then an optional decimal part; or plain
     * digits with an optional decimal part.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<!\\d)(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d,]\\d)"
                    + "|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\d.]\\d)"
                    + "|\\d{1,3}(?:['\u2019]\\d{3})+(?:\\.\\d+)?(?!\\d)"
                    + "|\\d{1,3}(?:[\u00A0\u202F\u2009]\\d{3})+(?:[.,]\\d+)?(?!\\d)"
                    + "|\\d{1,3}(?: \\d{3})+(?![\\d.,]\\d|\\d)"
                    + "|\\d+(?:[.,]\\d+)?)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['\u2019]\\p{L}+)*");

    private Tokenizer() {
    }

    private static final String KOREAN_MULTIPLIERS = "\uC2ED\uBC31\uCC9C\uB9CC\uC5B5"; // 십 백 천 만 억
    private static final String[] KOREAN_UNITS = {"\uB2EC\uB7EC", "\uBA85", "\uD1A4", "\uC6D0"}; // 달러 명 톤 원

    /**
     * Korean writes multipliers and counters right after the digits and often runs them into the next word
     * ("5천톤보유", "3만 명"): split them off as their own tokens.
     */
    private static int koreanAfterNumber(String text, int i, List<Token> tokens) {
        while (i < text.length() && KOREAN_MULTIPLIERS.indexOf(text.charAt(i)) >= 0) {
            tokens.add(new Token(Token.Kind.WORD, String.valueOf(text.charAt(i)), i, i + 1, false, false));
            i++;
        }
        int at = i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
        for (String unit : KOREAN_UNITS) {
            if (text.startsWith(unit, at)) {
                tokens.add(new Token(Token.Kind.WORD, unit, at, at + unit.length(), at > i, false));
                return at + unit.length();
            }
        }
        return i;
    }

    static boolean hangul(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HANGUL;
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        Matcher word = WORD.matcher(text);
        int i = 0;
        boolean space = true;
        boolean line = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                if (c == '\n' || c == '\r') {
                    line = true;
                }
                i++;
                continue;
            }
            Token t;
            if (Character.isDigit(c) && number.find(i) && number.start() == i) {
                t = new Token(Token.Kind.NUMBER, number.group(), i, number.end(), space, line);
            } else if (Character.isLetter(c) && word.find(i) && word.start() == i) {
                t = new Token(Token.Kind.WORD, word.group(), i, word.end(), space, line);
            } else {
                t = new Token(Token.Kind.MARK, String.valueOf(c), i, i + 1, space, line);
            }
            tokens.add(t);
            i = t.end();
            if (t.kind() == Token.Kind.NUMBER) {
                i = koreanAfterNumber(text, i, tokens);
            }
            space = false;
            line = false;
        }
        return tokens;
    }
}
