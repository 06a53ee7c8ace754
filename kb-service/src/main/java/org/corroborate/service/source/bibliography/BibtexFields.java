package org.corroborate.service.source.bibliography;

import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.ReferenceValue;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What real BibTeX and biblatex files hold that JBibTeX and citeproc-java do not read as a reader would: macros no
 * {@code @string} defines, biblatex's {@code family=}/{@code given=} names, {@code crossref} inheritance, ISO
 * date-times, ties and {@code \hyphen}, accents written with a space ({@code {\" o}}) and the dotless i. A pure class.
 */
final class BibtexFields {

    /** Fields whose text is an address or identifier, left exactly as written. */
    private static final Set<String> VERBATIM = Set.of("url", "doi", "eprint", "file", "urldate", "isbn", "issn");
    private static final Set<String> NAMES = Set.of("author", "editor", "bookauthor", "translator");
    /** biblatex's name parts: {@code family=van Gennep, given=Arnold} (or {@code given-i=}, {@code useprefix=}). */
    private static final Pattern NAME_PART = Pattern.compile("(?i)\\b(family|given|prefix|suffix)\\s*=");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    /** An accent command, a space, then its letter: {@code \" o}; LaTeX reads it as {@code \"o}. */
    private static final Pattern SPACED_ACCENT = Pattern.compile("\\\\([\"'`^~=.])\\s+(?=\\{?[A-Za-z])");
    private static final Pattern DOTLESS_I = Pattern.compile("\\{\\\\i\\}|\\\\i\\{\\}|\\\\i(?![A-Za-z])\\s?");
    /** biblatex: what a child inherits under another name (the parent's title is the child's book title). */
    private static final Map<String, String> INHERITED_AS = Map.of("title", "booktitle", "subtitle", "booksubtitle",
            "author", "bookauthor");
    private static final Set<String> NOT_INHERITED = Set.of("crossref", "key", "ids", "entryset", "label", "shorthand",
            "sortkey", "sorttitle", "indextitle", "indexsorttitle", "shorttitle", "related", "xref");

    private BibtexFields() {
    }

    /** The text of a record before JBibTeX reads it: accents written with a space are closed up. */
    static String beforeParsing(String record) {
        return SPACED_ACCENT.matcher(record).replaceAll("\\\\$1");
    }

    /**
     * Cleans the fields of {@code entry} in place.
     *
     * @return the problems found (warnings: an undefined macro left out)
     */
    static List<Problem> clean(BibTeXEntry entry) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Key, Value> field : new LinkedHashMap<>(entry.getFields()).entrySet()) {
            String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
            Value value = field.getValue();
            if (value instanceof ReferenceValue ref && ref.getString() == null) {
                entry.removeField(field.getKey());
                problems.add(Problem.warning("undefinedString", name, ref.getValue().getString()));
                continue;
            }
            String text;
            try {
                text = value.toUserString();
            } catch (RuntimeException e) {
                continue;
            }
            String cleaned = VERBATIM.contains(name) ? text : text(name, text);
            if (!cleaned.equals(text)) {
                entry.addField(field.getKey(), new StringValue(cleaned, StringValue.Style.BRACED));
            }
        }
        return problems;
    }

    private static String text(String field, String text) {
        String t = DOTLESS_I.matcher(text).replaceAll("\u0131");
        t = t.replace("\\hyphen ", "-").replace("\\hyphen{}", "-").replace("\\hyphen", "-");
        t = t.replaceAll("(?<!\\\\)~", " ");
        if (field.equals("date") || field.equals("eventdate") || field.equals("origdate")) {
            Matcher m = DATE_TIME.matcher(t.strip());
            if (m.matches()) {
                t = m.group(1);
            }
        }
        if (NAMES.contains(field) && NAME_PART.matcher(t).find()) {
            t = names(t);
        } else if (NAMES.contains(field)) {
            t = protectJoinedWords(t);
        }
        return t;
    }

    /**
     * A word whose braces hold spaces ({@code V{\'a}zques{ de }Parga}) is one name part to BibTeX; citeproc-java's
     * name parser splits it, so the whole word is put in braces.
     */
    static String protectJoinedWords(String names) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int wordStart = 0;
        boolean spaceInside = false;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (Character.isWhitespace(c) && depth > 0) {
                spaceInside = true;
            } else if ((Character.isWhitespace(c) || c == ',') && depth == 0) {
                String word = names.substring(wordStart, i);
                out.append(spaceInside && !word.startsWith("{") ? "{" + word + "}" : word);
                if (i < names.length()) {
                    out.append(c);
                }
                wordStart = i + 1;
                spaceInside = false;
            }
        }
        return out.toString();
    }

    /** biblatex's extended name format, each name rewritten as BibTeX's "{von Last}, Jr, First". */
    static String names(String value) {
        List<String> out = new ArrayList<>();
        for (String name : AND.split(value.strip())) {
            if (!NAME_PART.matcher(name).find()) {
                out.add(name);
                continue;
            }
            Map<String, String> parts = new LinkedHashMap<>();
            for (String part : splitTopLevel(name)) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    parts.put(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), unbrace(part.substring(eq + 1).strip()));
                }
            }
            String family = parts.getOrDefault("family", "");
            String prefix = parts.get("prefix");
            String familyWord = family.strip().contains(" ") ? "{" + family.strip() + "}" : family.strip();
            String last = (prefix == null || prefix.isBlank() ? "" : prefix + " ") + familyWord;
            String suffix = parts.get("suffix");
            String given = parts.get("given");
            StringBuilder b = new StringBuilder(last);
            if (suffix != null && !suffix.isBlank()) {
                b.append(", ").append(suffix);
            }
            if (given != null && !given.isBlank()) {
                b.append(", ").append(given);
            }
            out.add(b.toString());
        }
        return String.join(" and ", out);
    }

    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }

    private static String unbrace(String s) {
        return s.startsWith("{") && s.endsWith("}") ? s.substring(1, s.length() - 1) : s;
    }

    /**
     * Applies {@code crossref}: the fields the child lacks are taken from its parent (the parent's title as the
     * child's book title, as biblatex does).
     */
    static void inherit(BibTeXEntry child, BibTeXEntry parent) {
        Map<String, Key> have = new LinkedHashMap<>();
        child.getFields().keySet().forEach(k -> have.put(k.getValue().toLowerCase(Locale.ROOT), k));
        for (Map.Entry<Key, Value> field : parent.getFields().entrySet()) {
            String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
            if (NOT_INHERITED.contains(name)) {
                continue;
            }
            String as = INHERITED_AS.getOrDefault(name, name);
            if (!have.containsKey(as)) {
                child.addField(new Key(as), field.getValue());
                have.put(as, new Key(as));
            }
        }
    }
}
