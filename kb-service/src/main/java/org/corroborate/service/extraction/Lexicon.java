package org.corroborate.service.extraction;

import org.corroborate.model.claim.Qualifier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words the extractor knows: numbers, multipliers, qualifiers, units and the nouns that tell a count's unit. */
final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));

    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    /** Multipliers written after a number ("24 million", "$2bn", "30k"). */
    static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
            "thousand", BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000), "trillion", new BigDecimal("1000000000000"),
            "mn", BigDecimal.valueOf(1_000_000), "bn", BigDecimal.valueOf(1_000_000_000),
            "mln", BigDecimal.valueOf(1_000_000));

    /** Multipliers glued to a number ("$1.5m", "30k", "12만"). */
    static final Map<String, BigDecimal> GLUED_MULTIPLIERS = Map.of(
            "k", BigDecimal.valueOf(1_000), "m", BigDecimal.valueOf(1_000_000),
            "bn", BigDecimal.valueOf(1_000_000_000), "mn", BigDecimal.valueOf(1_000_000),
            "b", BigDecimal.valueOf(1_000_000_000),
            "만", BigDecimal.valueOf(10_000), "억", BigDecimal.valueOf(100_000_000),
            "천", BigDecimal.valueOf(1_000), "백", BigDecimal.valueOf(100), "십", BigDecimal.TEN);

    /** Korean words right after a number that make it a name, an ordinal or a date ("105 연구소", "2013년"). */
    static final List<String> KOREAN_DESIGNATORS = List.of("연구소", "호", "번", "국", "차", "년", "월", "일", "조",
            "항", "쪽", "면");

    /** Denominators of fractions in words, singular and plural. */
    static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
            Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
            Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
            Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10));

    static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words before a number that make it a name or a reference, not a quantity ("Camp 14", "p. 12"). */
    static final Set<String> DESIGNATORS = words("camp", "camps", "office", "offices", "unit", "units", "bureau",
            "resolution", "resolutions", "article", "articles", "art", "section", "sections", "sec", "chapter", "ch",
            "paragraph", "paragraphs", "para", "paras", "no", "nos", "number", "numbers", "p", "pp", "page", "pages",
            "vol", "volume", "issue", "fig", "figure", "table", "annex", "appendix", "room", "kwanliso", "kyohwaso",
            "division", "brigade", "corps", "regiment", "battalion", "route", "highway", "building", "item", "line",
            "lines", "protocol", "code", "category", "grade", "class", "level", "phase", "part", "rule", "principle",
            "session", "stage", "doc", "ref", "footnote", "note", "notes", "hwasong", "nodong", "taepodong", "scud",
            "kn", "mig", "su", "model", "version", "type", "district", "ward", "block", "gate",
            "platform", "episode", "season", "station", "report", "recommendation", "recommendations", "rev", "box",
            "tel", "fax", "phone", "ext", "id", "isbn", "issn", "doi", "reg", "regulation", "order", "decree", "law",
            "act", "bill", "h", "r", "s", "hr", "res", "sr", "sres", "hres", "case", "file", "serial", "zone",
            "floor", "apartment", "apt", "suite", "street", "st", "road", "avenue", "ave");

    /** Capitalized words that may stand just before a number without making it a name ("In 2014", "Some 300"). */
    static final Set<String> FUNCTION_WORDS = words("in", "of", "on", "at", "by", "for", "with", "to", "from",
            "about", "around", "over", "under", "some", "nearly", "almost", "approximately", "roughly", "the", "an",
            "a", "and", "or", "but", "only", "just", "all", "since", "until", "after", "before", "between", "more",
            "less", "fewer", "than", "estimated", "up", "least", "most", "as", "many", "much", "another", "last",
            "these", "those", "its", "their", "his", "her", "our", "my", "your", "within", "among", "during", "per",
            "each", "every", "above", "below", "exactly", "precisely", "still", "also", "then", "when", "while",
            "if", "that", "which", "who", "whom", "whose", "where", "what", "besides", "including", "excluding",
            "like", "unlike", "are", "were", "was", "is", "be", "been", "being", "had", "has", "have", "killed",
            "sent", "yet", "so", "because", "though", "although", "circa", "ca", "est", "approx", "total",
            "totalling", "totaling", "some", "only", "nearly", "around", "across", "through", "via", "against",
            "without", "towards", "toward", "into", "onto", "upon", "out", "off", "near", "beyond", "reportedly");

    record QualifierWords(List<String> words, Qualifier qualifier) {
    }

    /** Qualifier phrases, longest first so that "no more than" wins over "more than". */
    static final List<QualifierWords> QUALIFIERS = List.of(
            q(Qualifier.AT_LEAST, "no", "fewer", "than"), q(Qualifier.AT_LEAST, "no", "less", "than"),
            q(Qualifier.AT_MOST, "no", "more", "than"), q(Qualifier.AT_MOST, "not", "more", "than"),
            q(Qualifier.UP_TO, "as", "many", "as"), q(Qualifier.UP_TO, "as", "much", "as"),
            q(Qualifier.UP_TO, "as", "high", "as"), q(Qualifier.MORE_THAN, "in", "excess", "of"),
            q(Qualifier.AT_LEAST, "a", "minimum", "of"), q(Qualifier.AT_MOST, "a", "maximum", "of"),
            q(Qualifier.MORE_THAN, "well", "over"), q(Qualifier.MORE_THAN, "just", "over"),
            q(Qualifier.FEWER_THAN, "just", "under"), q(Qualifier.MORE_THAN, "well", "above"),
            q(Qualifier.ABOUT, "an", "estimated"), q(Qualifier.ABOUT, "an", "approximate"),
            q(Qualifier.ABOUT, "close", "to"), q(Qualifier.ABOUT, "in", "the", "region", "of"),
            q(Qualifier.UP_TO, "up", "to"), q(Qualifier.MORE_THAN, "more", "than"),
            q(Qualifier.MORE_THAN, "upwards", "of"), q(Qualifier.MORE_THAN, "upward", "of"),
            q(Qualifier.AT_LEAST, "at", "least"), q(Qualifier.AT_MOST, "at", "most"),
            q(Qualifier.FEWER_THAN, "fewer", "than"), q(Qualifier.FEWER_THAN, "less", "than"),
            q(Qualifier.ABOUT, "about"), q(Qualifier.ABOUT, "around"), q(Qualifier.ABOUT, "approximately"),
            q(Qualifier.ABOUT, "approx"), q(Qualifier.ABOUT, "roughly"), q(Qualifier.ABOUT, "some"),
            q(Qualifier.ABOUT, "circa"), q(Qualifier.ABOUT, "ca"), q(Qualifier.ABOUT, "nearly"),
            q(Qualifier.ABOUT, "almost"), q(Qualifier.ABOUT, "estimated"), q(Qualifier.ABOUT, "est"),
            q(Qualifier.ABOUT, "approximate"), q(Qualifier.ABOUT, "reportedly"),
            q(Qualifier.MORE_THAN, "over"), q(Qualifier.MORE_THAN, "above"), q(Qualifier.MORE_THAN, "exceeding"),
            q(Qualifier.FEWER_THAN, "under"), q(Qualifier.FEWER_THAN, "below"));

    private static QualifierWords q(Qualifier qualifier, String... words) {
        return new QualifierWords(List.of(words), qualifier);
    }

    /** Nouns whose count is a count of people. */
    static final Set<String> PERSON_NOUNS = words("people", "persons", "person", "individuals", "koreans",
            "prisoners", "inmates", "detainees", "defectors", "escapees", "refugees", "women", "men", "children",
            "girls", "boys", "workers", "laborers", "labourers", "officers", "soldiers", "troops", "personnel",
            "scientists", "victims", "citizens", "residents", "deaths", "dead", "lives", "trainers", "advisers",
            "advisors", "experts", "specialists", "technicians", "engineers", "staff", "members", "civilians",
            "casualties", "brides", "mothers", "fathers", "wives", "husbands", "adults", "students", "orphans",
            "survivors", "migrants", "returnees", "repatriates", "witnesses", "interviewees", "respondents",
            "fighters", "agents", "diplomats", "officials", "guards", "patients", "babies", "infants", "teenagers",
            "youths", "christians", "believers", "missionaries", "syrians", "nationals", "hostages", "abductees",
            "pows", "captives", "defector", "prisoner", "refugee", "people's", "chinese", "daughters",
            "sons", "mothers", "parents", "sisters", "brothers", "siblings", "relatives", "grandparents", "sailors", "fishermen", "crew", "crewmen", "laborer", "worker",
            "soldier", "officer", "child", "woman", "man", "escapee", "dissidents", "executions", "executed",
            "killed", "arrested", "repatriated", "deported", "detained", "imprisoned", "died", "starved",
            "명", "인", "human", "humans", "pilots", "doctors", "nurses", "teachers", "farmers", "miners",
            "population", "inhabitants", "settlers", "newcomers", "arrivals", "users", "listeners", "viewers",
            "participants", "attendees", "delegates", "representatives", "researchers", "advisors");

    /** Words that may stand between a number and the noun it counts ("50,000 North Korean laborers"). */
    static final Set<String> MODIFIERS = words("north", "south", "korean", "koreans", "chinese", "syrian",
            "additional", "more", "other", "political", "female", "male", "young", "old", "former", "current",
            "new", "foreign", "overseas", "military", "civilian", "innocent", "ordinary", "known", "registered",
            "unregistered", "illegal", "forced", "documented", "undocumented", "estimated", "elderly", "total",
            "adult", "underage", "minor", "pregnant", "japanese", "american", "russian", "arab", "iranian",
            "active", "ethnic", "such", "of", "whom", "among", "abducted", "trafficked", "missing", "hungry",
            "malnourished", "starving", "surviving", "dead", "detained", "imprisoned", "arrested", "repatriated");

    /** Nouns whose count is a count of things (unit ITEMS). */
    static final Set<String> ITEM_NOUNS = words("missiles", "tests", "camps", "weapons", "engines",
            "facilities", "sites", "cases", "countries", "nations", "states", "regions", "provinces", "incidents",
            "attacks", "launches", "warheads", "rounds", "shells", "rockets", "tanks", "aircraft", "ships",
            "vessels", "boats", "companies", "firms", "entities", "organizations", "organisations", "families",
            "households", "villages", "cities", "towns", "projects", "factories", "plants", "reports", "interviews",
            "documents", "shipments", "containers", "trucks", "vehicles", "crates", "barrels", "cylinders",
            "bombs", "munitions", "agents", "times", "occasions", "sanctions", "resolutions", "visits", "meetings",
            "trips", "flights", "prisons", "centres", "centers", "institutes", "laboratories", "labs", "units",
            "bases", "depots", "tunnels", "artillery", "pieces", "systems", "launchers", "programs", "programmes",
            "tests", "detonations", "explosions", "strikes", "violations", "crimes", "victims'", "accounts",
            "testimonies", "defections", "escapes", "arrests", "executions", "shipments", "transactions",
            "contracts", "deals", "scuds", "fronts", "offices", "ministries", "bodies", "locations", "places",
            "areas", "counties", "districts", "tonnes", "items", "things", "copies", "pages", "books", "hospitals",
            "schools", "churches", "homes", "houses", "buildings", "weeks", "hours", "minutes", "generations",
            "chemicals", "substances", "publications", "governments", "ports", "harbours", "harbors", "efforts", "questions", "rounds", "precursors", "components", "parts", "tests", "lines", "sessions");
}
