package org.corroborate.service.source.bibliography;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
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
    private static final Pattern RIS_TY = Pattern.compile("^TY\\s{1,2}-.*");
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /** biblatex's entry types citeproc-java does not know (it reads them as articles). */
    private static final Map<String, CSLType> BIBLATEX_TYPES = Map.ofEntries(
            Map.entry("mvbook", CSLType.BOOK), Map.entry("bookinbook", CSLType.CHAPTER),
            Map.entry("collection", CSLType.BOOK), Map.entry("mvcollection", CSLType.BOOK),
            Map.entry("reference", CSLType.BOOK), Map.entry("mvreference", CSLType.BOOK),
            Map.entry("inreference", CSLType.ENTRY_ENCYCLOPEDIA), Map.entry("online", CSLType.WEBPAGE),
            Map.entry("electronic", CSLType.WEBPAGE), Map.entry("www", CSLType.WEBPAGE),
            Map.entry("report", CSLType.REPORT), Map.entry("dataset", CSLType.DATASET));

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
        // first pass: every entry parsed on its own, so that crossref parents anywhere in the file are known
        List<Object> read = new ArrayList<>(); // a ParsedRecord (a refusal) or a Read entry, in file order
        Map<String, BibTeXEntry> byKey = new HashMap<>();
        int index = 0;
        for (Chunk chunk : chunks) {
            Matcher head = BIBTEX_HEAD.matcher(chunk.text());
            String type = head.lookingAt() ? head.group(1).toLowerCase(java.util.Locale.ROOT) : "";
            if (type.equals("comment") || type.equals("preamble")) {
                continue;
            }
            if (type.equals("string")) {
                try {
                    BibTeXDatabase db = parser(macros).parse(new StringReader(BibtexFields.beforeParsing(chunk.text())));
                    db.getStrings().forEach((k, v) -> macros.put(k.getValue(), v));
                } catch (ParseException | RuntimeException e) {
                    read.add(new ParsedRecord(++index, "@string", chunk.line(), null,
                            List.of(Problem.error("malformed", "@string", lineOf(e, chunk.line()), detail(e)))));
                }
                continue;
            }
            index++;
            String key = head.lookingAt() && !head.group(2).isBlank() ? head.group(2) : null;
            if (!head.lookingAt()) {
                read.add(new ParsedRecord(index, null, chunk.line(), null,
                        List.of(Problem.error("malformed", "#" + index, chunk.line(), "@type{key, ...}"))));
                continue;
            }
            // JBibTeX reads keys of ASCII letters only: a key such as 김2014 is read under a stand-in and kept as written
            String body = chunk.text();
            if (key != null && !key.chars().allMatch(c -> c < 128)) {
                body = body.substring(0, head.start(2)) + "kbkey" + index + body.substring(head.end(2));
            }
            try {
                BibTeXDatabase db = parser(macros).parse(new StringReader(BibtexFields.beforeParsing(body)));
                List<BibTeXEntry> entries = new ArrayList<>(db.getEntries().values());
                if (entries.size() != 1) {
                    read.add(new ParsedRecord(index, key, chunk.line(), null,
                            List.of(Problem.error("malformed", label(key, index), chunk.line(), "@type{key, ...}"))));
                    continue;
                }
                BibTeXEntry entry = entries.get(0);
                String realKey = key != null ? key : entry.getKey().getValue();
                List<Problem> problems = new ArrayList<>(BibtexFields.clean(entry));
                byKey.putIfAbsent(realKey.toLowerCase(java.util.Locale.ROOT), entry);
                read.add(new Read(index, realKey, chunk.line(), entry, problems));
            } catch (ParseException | RuntimeException e) {
                read.add(new ParsedRecord(index, key, chunk.line(), null,
                        List.of(Problem.error("malformed", label(key, index), lineOf(e, chunk.line()), detail(e)))));
            }
        }
        // second pass: crossref inheritance, then citeproc-java's conversion
        BibTeXConverter converter = new BibTeXConverter();
        for (Object o : read) {
            if (o instanceof ParsedRecord refused) {
                records.add(refused);
                continue;
            }
            Read r = (Read) o;
            org.jbibtex.Value crossref = r.entry().getField(new Key("crossref"));
            if (crossref != null) {
                BibTeXEntry parent = byKey.get(crossref.toUserString().strip().toLowerCase(java.util.Locale.ROOT));
                if (parent != null && parent != r.entry()) {
                    BibtexFields.inherit(r.entry(), parent);
                } else {
                    r.problems().add(Problem.warning("crossrefMissing", crossref.toUserString().strip()));
                }
                r.entry().removeField(new Key("crossref"));
            }
            try {
                CSLItemData item = converter.toItemData(r.entry());
                CSLType biblatex = BIBLATEX_TYPES.get(r.entry().getType().getValue().toLowerCase(java.util.Locale.ROOT));
                if (biblatex != null) {
                    item = new CSLItemDataBuilder(item).type(biblatex).build();
                }
                if (item.getType() == CSLType.ARTICLE_JOURNAL && item.getIssue() == null && item.getNumber() != null) {
                    item = new CSLItemDataBuilder(item).issue(item.getNumber()).number(null).build(); // an article's number is its issue
                }
                records.add(new ParsedRecord(r.index(), r.key(), r.line(), item, r.problems()));
            } catch (RuntimeException e) {
                records.add(new ParsedRecord(r.index(), r.key(), r.line(), null,
                        List.of(Problem.error("malformed", label(r.key(), r.index()), r.line(), detail(e)))));
            }
        }
        return records;
    }

    /** An entry JBibTeX has read, before its conversion. */
    private record Read(int index, String key, int line, BibTeXEntry entry, List<Problem> problems) {
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
        List<Integer> outside = new ArrayList<>(); // lines of text outside any record, not yet reported
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
            if (!m.matches() || !m.group(1).equals("TY")) {
                // text outside a record (an export's header, a numbering): a warning on the record after it
                outside.add(start);
                i++;
                while (i < lines.length && !RIS_TY.matcher(lines[i].strip()).matches()) {
                    i++;
                }
                continue;
            }
            index++;
            List<String[]> tags = new ArrayList<>(); // {tag, value}
            String key = null;
            boolean ended = false;
            for (; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty()) {
                    continue;
                }
                Matcher tag = RIS_LINE.matcher(l);
                if (!tag.matches()) {
                    // a continuation line (EndNote, PubMed and others wrap long values): it belongs to the tag before
                    String[] last = tags.get(tags.size() - 1);
                    last[1] = last[1].isEmpty() ? l : last[1] + (last[0].equals("KW") ? "; " : " ") + l;
                    continue;
                }
                if (tag.group(1).equals("TY") && i + 1 != start) {
                    break; // the next record begins although this one never ended
                }
                String value = tag.group(2) == null ? "" : tag.group(2).strip();
                if (tag.group(1).equals("ID") && key == null && !value.isEmpty()) {
                    key = value;
                }
                if (tag.group(1).equals("ER")) {
                    ended = true;
                    i++;
                    break;
                }
                tags.add(new String[]{tag.group(1), value});
            }
            List<Problem> problems = new ArrayList<>();
            for (int o : outside) {
                problems.add(Problem.warning("risOutside", label(key, index), o));
            }
            outside.clear();
            if (!ended) {
                problems.add(Problem.warning("risNoEnd", label(key, index), start));
            }
            RisRecord ris = RisRecord.of(tags);
            problems.addAll(ris.problems());
            try {
                RISLibrary library = new RISParser().parse(new StringReader(ris.text()));
                List<RISReference> refs = library.getReferences();
                if (refs.size() != 1) {
                    throw new IOException("expected one record");
                }
                records.add(new ParsedRecord(index, key, start, ris.patch(converter.toItemData(refs.get(0))), problems));
            } catch (IOException | RuntimeException e) {
                records.add(new ParsedRecord(index, key, start, null,
                        List.of(Problem.error("malformed", label(key, index), start, detail(e)))));
            }
        }
        if (!outside.isEmpty()) {
            // text after the last record, or no record at all
            records.add(new ParsedRecord(index + 1, null, outside.get(0), null,
                    List.of(Problem.error("risOutside", "#" + (index + 1), outside.get(0)))));
        }
        return records;
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
