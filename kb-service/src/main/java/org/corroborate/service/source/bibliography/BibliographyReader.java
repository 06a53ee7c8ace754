package org.corroborate.service.source.bibliography;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.corroborate.service.shared.InvalidInputException;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the records of a bibliographic file through citeproc-java (JBibTeX for BibTeX). The file is cut into
 * records first, so that each record is read on its own: a malformed record is reported with its key and the line
 * of the mistake, and does not take the records after it down with it. A pure class, without container.
 */
public final class BibliographyReader {

    static final Pattern BIBTEX_HEAD = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s}]*)");
    private static final Pattern RIS_LINE = Pattern.compile("^([A-Z][A-Z0-9])\\s{1,2}-(?: (.*)|\\s*)$");
    private static final Pattern JOURNAL_TAG = Pattern.compile("(?m)^(JO|JF|JA)  - ");
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private BibliographyReader() {
    }

    /**
     * The records of {@code text}, in file order.
     *
     * @throws InvalidInputException when the file nests deeper than any bibliography does ({@link Nesting}): it is
     *                               refused whole, before a parser reads it
     */
    public static List<ParsedRecord> read(BibliographyFormat format, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Nesting.tooDeep(format, t).ifPresent(deep -> {
            throw deep.refusal();
        });
        return withinStack(() -> switch (format) {
            case BIBTEX -> bibtex(t);
            case RIS -> ris(t);
            case CSL_JSON -> json(t);
        });
    }

    /**
     * Runs a parse that should never overflow the stack once {@link Nesting} has let the file through, and refuses
     * the file if it does after all: a parser's StackOverflowError is the file's fault, never the server's.
     */
    static <T> T withinStack(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (StackOverflowError e) {
            throw InvalidInputException.of(BibliographyReader.class, "tooComplex");
        }
    }

    // ---------------------------------------------------------------- BibTeX

    private static List<ParsedRecord> bibtex(String text) {
        List<ParsedRecord> records = new ArrayList<>();
        Map<String, BibTeXString> macros = new HashMap<>();
        List<Chunk> chunks = chunks(text, Nesting.BIBTEX_RECORD);
        BibTeXConverter converter = new BibTeXConverter();
        int index = 0;
        for (Chunk chunk : chunks) {
            Matcher head = BIBTEX_HEAD.matcher(chunk.text());
            String type = head.lookingAt() ? head.group(1).toLowerCase(java.util.Locale.ROOT) : "";
            if (type.equals("comment") || type.equals("preamble")) {
                continue;
            }
            if (type.equals("string")) {
                try {
                    BibTeXDatabase db = parser(macros).parse(new StringReader(chunk.text()));
                    db.getStrings().forEach((k, v) -> macros.put(k.getValue(), v));
                } catch (ParseException | RuntimeException e) {
                    records.add(new ParsedRecord(++index, "@string", chunk.line(), null,
                            List.of(Problem.error("malformed", "@string", lineOf(e, chunk.line()), detail(e)))));
                }
                continue;
            }
            index++;
            String key = head.lookingAt() && !head.group(2).isBlank() ? head.group(2) : null;
            if (!head.lookingAt()) {
                records.add(new ParsedRecord(index, null, chunk.line(), null,
                        List.of(Problem.error("malformed", "#" + index, chunk.line(), "@type{key, ...}"))));
                continue;
            }
            try {
                BibTeXDatabase db = parser(macros).parse(new StringReader(chunk.text()));
                List<BibTeXEntry> entries = new ArrayList<>(db.getEntries().values());
                if (entries.size() != 1) {
                    records.add(new ParsedRecord(index, key, chunk.line(), null,
                            List.of(Problem.error("malformed", label(key, index), chunk.line(), "@type{key, ...}"))));
                    continue;
                }
                BibTeXEntry entry = entries.get(0);
                List<Problem> problems = new ArrayList<>();
                CSLItemData item = converter.toItemData(entry);
                records.add(new ParsedRecord(index, entry.getKey().getValue(), chunk.line(), item, problems));
            } catch (ParseException | RuntimeException e) {
                records.add(new ParsedRecord(index, key, chunk.line(), null,
                        List.of(Problem.error("malformed", label(key, index), lineOf(e, chunk.line()), detail(e)))));
            }
        }
        return records;
    }

    private static BibTeXParser parser(Map<String, BibTeXString> macros) throws ParseException {
        BibTeXParser parser = new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
                // an undefined macro is read as empty, not as an error of the whole file
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                // cross references to entries outside the record are ignored
            }
        };
        for (int m = 0; m < MONTHS.length; m++) {
            parser.addMacro(MONTHS[m], String.valueOf(m + 1));
        }
        macros.values().forEach(parser::addMacro);
        return parser;
    }

    /** The file line of a parser error inside a record starting on {@code firstLine}. */
    static int lineOf(Exception e, int firstLine) {
        int relative = 1;
        if (e instanceof ParseException pe && pe.currentToken != null) {
            relative = pe.currentToken.next != null ? pe.currentToken.next.beginLine : pe.currentToken.beginLine;
        } else if (e.getMessage() != null) {
            Matcher m = LINE_IN_MESSAGE.matcher(e.getMessage());
            if (m.find()) {
                relative = Integer.parseInt(m.group(1));
            }
        }
        return firstLine + Math.max(relative, 1) - 1;
    }

    private static String detail(Exception e) {
        if (e instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            String found = pe.currentToken.next.image;
            return found == null || found.isEmpty() ? "unexpected end of the record" : "unexpected \"" + found + "\"";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    // ---------------------------------------------------------------- RIS

    private static List<ParsedRecord> ris(String text) {
        List<ParsedRecord> records = new ArrayList<>();
        String[] lines = text.split("\\r?\\n|\\r", -1);
        RISConverter converter = new RISConverter();
        int index = 0;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
                continue;
            }
            Matcher m = RIS_LINE.matcher(line.strip());
            int start = i + 1;
            index++;
            if (!m.matches() || !m.group(1).equals("TY")) {
                // text outside a record: report it and skip to the next record
                records.add(new ParsedRecord(index, null, start, null,
                        List.of(Problem.error("risOutside", "#" + index, start))));
                i++;
                while (i < lines.length && !lines[i].strip().startsWith("TY")) {
                    i++;
                }
                continue;
            }
            StringBuilder normalized = new StringBuilder();
            String key = null;
            Problem problem = null;
            boolean ended = false;
            for (; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty()) {
                    continue;
                }
                Matcher tag = RIS_LINE.matcher(l);
                if (!tag.matches()) {
                    if (problem == null) {
                        problem = Problem.error("risLine", "#" + index, i + 1, abbreviate(l));
                    }
                    continue;
                }
                if (tag.group(1).equals("TY") && i + 1 != start) {
                    break; // the next record begins although this one never ended
                }
                String value = tag.group(2) == null ? "" : tag.group(2).strip();
                if (tag.group(1).equals("ID") && key == null && !value.isEmpty()) {
                    key = value;
                }
                normalized.append(tag.group(1)).append("  - ").append(value).append('\n');
                if (tag.group(1).equals("ER")) {
                    ended = true;
                    i++;
                    break;
                }
            }
            if (problem == null && !ended) {
                problem = Problem.error("risUnterminated", label(key, index), start, i);
            }
            if (problem != null) {
                records.add(new ParsedRecord(index, key, start, null, List.of(rename(problem, key, index))));
                continue;
            }
            String body = normalized.toString();
            if (!JOURNAL_TAG.matcher(body).find()) {
                // Zotero and others write a newspaper's or website's name as T2; citeproc-java reads it as JO
                body = body.replaceFirst("(?m)^T2  - ", "JO  - ");
            }
            try {
                RISLibrary library = new RISParser().parse(new StringReader(body));
                List<RISReference> refs = library.getReferences();
                if (refs.size() != 1) {
                    throw new IOException("expected one record");
                }
                records.add(new ParsedRecord(index, key, start, converter.toItemData(refs.get(0)), new ArrayList<>()));
            } catch (IOException | RuntimeException e) {
                records.add(new ParsedRecord(index, key, start, null,
                        List.of(Problem.error("malformed", label(key, index), start, detail(e)))));
            }
        }
        return records;
    }

    /** A problem found before the record's key was known names the record by its key once known. */
    private static Problem rename(Problem p, String key, int index) {
        Object[] args = p.message().args().clone();
        if (args.length > 0 && key != null) {
            args[0] = label(key, index);
        }
        return new Problem(p.severity(), new org.corroborate.service.shared.Message(p.message().bundle(), p.message().key(), args));
    }

    // ---------------------------------------------------------------- CSL-JSON

    private static List<ParsedRecord> json(String text) {
        List<ParsedRecord> records = new ArrayList<>();
        JsonScanner scanner = new JsonScanner(text);
        scanner.skipWhitespace();
        if (scanner.atEnd()) {
            return records;
        }
        char first = scanner.peek();
        if (first == '{') {
            records.add(jsonRecord(scanner, 1));
            scanner.skipWhitespace();
            if (!scanner.atEnd()) {
                records.add(new ParsedRecord(2, null, scanner.line(), null,
                        List.of(Problem.error("jsonTrailing", scanner.line()))));
            }
            return records;
        }
        if (first != '[') {
            records.add(new ParsedRecord(1, null, scanner.line(), null, List.of(Problem.error("jsonNotArray", scanner.line()))));
            return records;
        }
        scanner.next();
        int index = 0;
        while (true) {
            scanner.skipWhitespace();
            if (scanner.atEnd()) {
                records.add(new ParsedRecord(index + 1, null, scanner.line(), null,
                        List.of(Problem.error("jsonUnclosedArray", scanner.line()))));
                return records;
            }
            if (scanner.peek() == ']') {
                scanner.next();
                scanner.skipWhitespace();
                if (!scanner.atEnd()) {
                    records.add(new ParsedRecord(index + 1, null, scanner.line(), null,
                            List.of(Problem.error("jsonTrailing", scanner.line()))));
                }
                return records;
            }
            index++;
            ParsedRecord record = jsonRecord(scanner, index);
            records.add(record);
            if (record.item() == null && scanner.atEnd()) {
                return records;
            }
            scanner.skipWhitespace();
            if (!scanner.atEnd() && scanner.peek() == ',') {
                scanner.next();
            } else if (!scanner.atEnd() && scanner.peek() != ']') {
                records.add(new ParsedRecord(index + 1, null, scanner.line(), null,
                        List.of(Problem.error("jsonComma", "#" + index, scanner.line()))));
                return records;
            }
        }
    }

    private static ParsedRecord jsonRecord(JsonScanner scanner, int index) {
        int line = scanner.line();
        if (scanner.peek() != '{') {
            scanner.skipValue();
            return new ParsedRecord(index, null, line, null, List.of(Problem.error("jsonNotObject", "#" + index, line)));
        }
        int start = scanner.position();
        JsonScanner.Failure failure = scanner.skipValue();
        String element = scanner.text(start);
        if (failure != null) {
            return new ParsedRecord(index, null, line, null,
                    List.of(Problem.error("malformed", "#" + index, failure.line(), failure.reason())));
        }
        Map<String, Object> map;
        try {
            map = new JsonParser(new JsonLexer(new StringReader(element))).parseObject();
        } catch (IOException | RuntimeException e) {
            return new ParsedRecord(index, null, line, null,
                    List.of(Problem.error("malformed", "#" + index, line, detail(e))));
        }
        String key = map.get("id") == null ? null : String.valueOf(map.get("id"));
        List<Problem> problems = new ArrayList<>();
        Object type = map.get("type");
        if (type != null && !isCslType(String.valueOf(type))) {
            problems.add(Problem.warning("unknownType", String.valueOf(type)));
            map.remove("type");
        }
        try {
            return new ParsedRecord(index, key, line, CSLItemData.fromJson(map), problems);
        } catch (RuntimeException e) {
            return new ParsedRecord(index, key, line, null,
                    List.of(Problem.error("malformed", label(key, index), line, detail(e))));
        }
    }

    private static boolean isCslType(String type) {
        try {
            CSLType.fromString(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- shared

    private record Chunk(int line, String text) {
    }

    /** The text cut before every match of {@code start}; text before the first match is left out. */
    private static List<Chunk> chunks(String text, Pattern start) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = start.matcher(text);
        while (m.find()) {
            starts.add(m.start());
        }
        List<Chunk> chunks = new ArrayList<>();
        int line = 1;
        int counted = 0;
        for (int c = 0; c < starts.size(); c++) {
            int from = starts.get(c);
            int to = c + 1 < starts.size() ? starts.get(c + 1) : text.length();
            // lines counted on from the previous record, not from the top of the file each time
            line += lineAt(text.substring(counted, from), from - counted) - 1;
            counted = from;
            chunks.add(new Chunk(line, text.substring(from, to)));
        }
        return chunks;
    }

    /** The line (from 1) of the character at {@code offset}. */
    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static String label(String key, int index) {
        return key != null && !key.isBlank() ? key : "#" + index;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
