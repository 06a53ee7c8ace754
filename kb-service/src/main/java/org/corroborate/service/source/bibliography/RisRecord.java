package org.corroborate.service.source.bibliography;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.ris.RISType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One RIS record as real exports write it, put into the tags citeproc-java's RIS parser reads: the older tags
 * (T1, A1, Y1, JF, VO...) as their current names, type names as reference managers spell them ("Journal Article",
 * "Chap", "Journ") as RIS types, and authors written without a comma ("Human Rights Watch") kept whole as
 * organizations. A pure class.
 *
 * @param text     the record in RIS, as citeproc-java reads it
 * @param literals the authors (by their place among the authors) to keep whole
 */
record RisRecord(String text, Map<Integer, String> literals, List<Problem> problems) {

    /**
     * For each tag citeproc-java reads, the tags real files use for it, in order of preference: the first one the
     * record has wins. T1, A1 and Y1 are RIS's older primary title, authors and date; the journal's full name comes
     * before its abbreviation.
     */
    private static final Map<String, List<String>> PREFERRED = Map.of(
            "TI", List.of("TI", "T1", "CT"),
            "PY", List.of("PY", "Y1", "DA"),
            "JO", List.of("T2", "JF", "BT", "JO", "JA", "J2", "J1"),
            "VL", List.of("VL", "VO"));
    /** Tags whose values are joined from several tags: primary authors first, then the others not yet listed. */
    private static final Map<String, List<String>> JOINED = Map.of(
            "AU", List.of("A1", "AU"),
            "A2", List.of("A2", "ED"));
    private static final Set<String> REPLACED = Set.of("TI", "T1", "CT", "PY", "Y1", "T2", "JF", "BT", "JO", "JA",
            "J2", "J1", "VL", "VO", "A1", "AU", "A2", "ED");

    /** Type names reference managers write, in upper case, and the RIS type they stand for. */
    private static final Map<String, String> TYPES = new HashMap<>();

    static {
        String[][] pairs = {
                {"JOUR", "JOUR", "JOURN", "JOURNAL", "JOURNAL ARTICLE", "ARTICLE", "EJOUR", "ELECTRONIC ARTICLE"},
                {"CHAP", "CHAP", "CHAPTER", "BOOK SECTION", "BOOK CHAPTER", "SECTION", "ECHAP", "INBOOK"},
                {"BOOK", "BOOK", "WHOLE BOOK", "EBOOK", "ELECTRONIC BOOK", "EDBOOK", "EDITED BOOK"},
                {"RPRT", "RPRT", "REPORT", "REP", "TECHREPORT"},
                {"NEWS", "NEWS", "NEWSPAPER", "NEWSPAPER ARTICLE"},
                {"MGZN", "MGZN", "MAGAZINE", "MAGAZINE ARTICLE"},
                {"ELEC", "ELEC", "WEB PAGE", "WEBPAGE", "WEB", "INTERNET COMMUNICATION"},
                {"BLOG", "BLOG"},
                {"CONF", "CONF", "CPAPER", "CONFERENCE PAPER", "CONFERENCE PROCEEDINGS", "CONFERENCE"},
                {"THES", "THES", "THESIS", "DISSERTATION"},
                {"GOVDOC", "GOVDOC", "GOVERNMENT DOCUMENT"},
                {"HEAR", "HEAR", "HEARING"},
                {"DATA", "DATA", "DATASET", "AGGR", "DBASE"},
                {"BILL", "BILL"}, {"STAT", "STAT", "STATUTE"}, {"CASE", "CASE"},
        };
        for (String[] p : pairs) {
            for (int i = 1; i < p.length; i++) {
                TYPES.put(p[i], p[0]);
            }
        }
    }

    /** The record of {@code tags} ({tag, value}, in file order, without ER). */
    static RisRecord of(List<String[]> tags) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String[] t : tags) {
            if (!t[1].isBlank()) {
                fields.computeIfAbsent(t[0], k -> new ArrayList<>()).add(t[1].strip());
            }
        }
        String rawType = fields.getOrDefault("TY", List.of("")).get(0);
        String type = type(rawType);
        if (type == null) {
            problems.add(Problem.warning("unknownType", rawType));
            type = "GEN";
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        PREFERRED.forEach((tag, from) -> from.stream().filter(fields::containsKey).findFirst()
                .ifPresent(f -> out.put(tag, List.of(fields.get(f).get(0)))));
        JOINED.forEach((tag, from) -> {
            List<String> values = new ArrayList<>();
            from.stream().filter(fields::containsKey).forEach(f -> fields.get(f).stream()
                    .filter(v -> !values.contains(v)).forEach(values::add));
            if (!values.isEmpty()) {
                out.put(tag, values);
            }
        });
        fields.forEach((tag, values) -> {
            if (!tag.equals("TY") && !REPLACED.contains(tag)) {
                out.put(tag, values);
            }
        });
        Map<Integer, String> literals = new HashMap<>();
        List<String> authors = out.getOrDefault("AU", List.of());
        for (int i = 0; i < authors.size(); i++) {
            String a = authors.get(i);
            if (!a.contains(",") && a.contains(" ")) {
                literals.put(i, a); // "Human Rights Watch": an organization (persons are written "Family, Given")
            }
        }
        StringBuilder text = new StringBuilder("TY  - ").append(type).append('\n');
        out.forEach((tag, values) -> values.forEach(v -> text.append(tag).append("  - ").append(v).append('\n')));
        text.append("ER  - \n");
        return new RisRecord(text.toString(), literals, problems);
    }

    /** The RIS type a type name stands for, or null when it names none. */
    static String type(String name) {
        String upper = name.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        String known = TYPES.get(upper);
        if (known != null) {
            return known;
        }
        try {
            RISType.valueOf(upper);
            return upper;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The item citeproc-java made, with the authors written without a comma kept whole. */
    CSLItemData patch(CSLItemData item) {
        if (literals.isEmpty() || item.getAuthor() == null) {
            return item;
        }
        CSLName[] names = item.getAuthor().clone();
        literals.forEach((i, literal) -> {
            if (i < names.length) {
                names[i] = new CSLNameBuilder().literal(literal).build();
            }
        });
        return new CSLItemDataBuilder(item).author(names).build();
    }
}
