package org.corroborate.service.source.bibliography;

import org.corroborate.service.shared.InvalidInputException;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How deeply a bibliographic file nests, found in one pass over its text before any parser reads it. JBibTeX,
 * citeproc-java's JSON parser and {@link JsonScanner} descend one call per level of braces or brackets (JBibTeX also
 * one per value joined with {@code #}), so a file nested thousands of levels deep would overflow the stack. No real
 * bibliography comes near {@link #MAX_DEPTH}: a CSL-JSON date is four levels deep, a BibTeX title rarely three.
 * A pure class, without container.
 */
final class Nesting {

    /** The deepest nesting a file may have, and the most values a BibTeX record may join with {@code #}. */
    static final int MAX_DEPTH = 64;

    /** Where BibliographyReader cuts a BibTeX file into records; each record is parsed on its own. */
    static final Pattern BIBTEX_RECORD = Pattern.compile("(?m)^[ \\t]*@");

    /** What a file nests too deeply. */
    enum Kind {
        BRACES("tooDeepBraces"), BRACKETS("tooDeepBrackets"), JOINS("tooManyJoins");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /**
     * The first place a file passes the limit.
     *
     * @param record the record's key, or "#n" for the n-th record (as problems of records name them)
     * @param line   the line (from 1) where the limit is passed
     */
    record TooDeep(String record, int line, Kind kind) {

        /** The refusal of the whole file, in the words of a malformed record: its name and line first. */
        InvalidInputException refusal() {
            return InvalidInputException.of(Nesting.class, kind.messageKey, record, line, MAX_DEPTH);
        }
    }

    private Nesting() {
    }

    /** Where {@code text} first nests deeper than {@link #MAX_DEPTH}, if it does anywhere. */
    static Optional<TooDeep> tooDeep(BibliographyFormat format, String text) {
        return switch (format) {
            case BIBTEX -> bibtex(text);
            case CSL_JSON -> json(text);
            case RIS -> Optional.empty(); // one tag per line: nothing nests
        };
    }

    /**
     * BibTeX: braces, counted afresh in each record, as each record is parsed alone; braces inside quoted values
     * count too (JBibTeX nests them as well). Values joined with {@code #} are the {@code #} outside any value.
     */
    private static Optional<TooDeep> bibtex(String text) {
        Matcher starts = BIBTEX_RECORD.matcher(text);
        if (!starts.find()) {
            return Optional.empty(); // text before the first record is not read
        }
        int nextRecord = starts.end() - 1;
        int line = BibliographyReader.lineAt(text, nextRecord);
        int entries = 0;
        String record = null;
        int depth = 0;
        int joins = 0;
        boolean quoted = false;
        for (int i = nextRecord; i < text.length(); i++) {
            if (i == nextRecord) {
                Matcher head = BibliographyReader.BIBTEX_HEAD.matcher(text).region(i, text.length());
                String type = head.lookingAt() ? head.group(1).toLowerCase(Locale.ROOT) : "";
                if (type.equals("comment") || type.equals("preamble") || type.equals("string")) {
                    record = "@" + type;
                } else {
                    entries++;
                    record = head.lookingAt() && !head.group(2).isBlank() ? head.group(2) : "#" + entries;
                }
                depth = 0;
                joins = 0;
                quoted = false;
                nextRecord = starts.find() ? starts.end() - 1 : -1;
            }
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            } else if (c == '{') {
                if (++depth > MAX_DEPTH) {
                    return Optional.of(new TooDeep(record, line, Kind.BRACES));
                }
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '"' && depth <= 1) {
                quoted = !quoted; // a quoted value; between the record's own braces (or parentheses)
            } else if (c == '#' && depth <= 1 && !quoted && ++joins > MAX_DEPTH) {
                return Optional.of(new TooDeep(record, line, Kind.JOINS));
            }
        }
        return Optional.empty();
    }

    /**
     * CSL-JSON: brackets and braces outside texts in double quotes, read as {@link JsonScanner} reads them (a text
     * ends at its closing quote or, unclosed, at the end of its line). A record is an element of the outer list.
     */
    private static Optional<TooDeep> json(String text) {
        int line = 1;
        int depth = 0;
        int record = 1;
        boolean list = false;
        boolean started = false;
        boolean inText = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (inText) {
                if (c == '\\' && i + 1 < text.length()) {
                    if (text.charAt(++i) == '\n') {
                        line++;
                    }
                } else if (c == '"' || c == '\n') {
                    inText = false;
                }
                continue;
            }
            if (!started && !Character.isWhitespace(c)) {
                started = true;
                list = c == '[';
            }
            switch (c) {
                case '"' -> inText = true;
                case '[', '{' -> {
                    if (++depth > MAX_DEPTH) {
                        return Optional.of(new TooDeep("#" + record, line, Kind.BRACKETS));
                    }
                }
                case ']', '}' -> depth = Math.max(0, depth - 1);
                case ',' -> {
                    if (list && depth == 1) {
                        record++;
                    }
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }
}
