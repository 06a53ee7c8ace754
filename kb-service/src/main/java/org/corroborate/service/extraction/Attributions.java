package org.corroborate.service.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the bodies a sentence says its figures come from: "according to the UN Commission of Inquiry", "the
 * Ministry of Unification said", "citing Yonhap", "Al-Rahman estimated", "통일부에 따르면", "통일부가 … 밝혔다". It returns
 * the names as written; {@link RelayMatcher} decides which known source, if any, each one is.
 */
public final class Attributions {

    /** A name as written in English: capitalised words, joined by a few small words, possibly possessive. */
    private static final String WORD = "[A-Z][\\p{L}\\p{M}\\p{N}\\-.&]*(?:['’]s)?";
    private static final String NAME = "(" + WORD + "(?:\\s+(?:(?:of|for|on|in|and|the|de)\\s+)*" + WORD + ")*)";
    /** The lower-case way news agencies name institutions: "the unification ministry", "the spy agency". */
    private static final String COMMON = "((?:[a-z][a-z\\-]+\\s+){0,3}(?:ministry|agency|commission|institute|office"
            + "|service|committee|council|panel|rapporteur|observatory))";

    private static final List<Pattern> ENGLISH = List.of(
            Pattern.compile("\\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting|[Pp]er|[Aa]s reported by|(?:[Dd]ata|[Ff]igures"
                    + "|[Ss]tatistics|[Ee]stimates?|[Nn]umbers) (?:from|by|of)|(?:reported|published|compiled|released"
                    + "|estimated|cited) by)\\s+(?:(?:the|a|an)\\s+)?(?:\\d{4}\\s+)?" + NAME),
            Pattern.compile("\\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting)\\s+the\\s+" + COMMON + "\\b"),
            Pattern.compile("(?:^|[\\s,;(“\"])(?:(?:the|The|a|A|an|An)\\s+)?" + NAME + "(?:\\s+\\([A-Z]{2,6}\\))?,?\\s+(?:(?:official|officials|spokesman"
                    + "|spokesperson|spokeswoman)\\s+)?(?:(?:has|had|have|also|once)\\s+)?"
                    + "(?:said|says|reported|reports|estimated|estimates|found|finds|noted|notes|claimed|claims"
                    + "|announced|announces|stated|states|revealed|reveals|showed|shows|told|counted|counts|puts|put)\\b"),
            Pattern.compile("\\b(?:the|The)\\s+" + COMMON + ",?\\s+(?:said|says|reported|reports|estimated|estimates"
                    + "|announced|stated|noted|told|showed|shows)\\b"),
            Pattern.compile(NAME + "['’]s?\\s+(?:latest\\s+|annual\\s+|own\\s+)?(?:report|data|figures|statistics|estimate"
                    + "|estimates|survey|count|tally|white paper)\\b"));

    /** "통일부에 따르면", "유엔 북한인권조사위원회에 의하면", "통일부 자료에 따르면": up to three words before. */
    private static final Pattern KOREAN_ACCORDING = Pattern.compile(
            "(?<![\\p{IsHangul}A-Za-z0-9·])((?:[\\p{IsHangul}A-Za-z·]+\\s){0,2}[\\p{IsHangul}A-Za-z·]+?)(?:의\\s)?(?:\\s?(?:자료|통계|집계|발표|보고서))?"
                    + "(?:에\\s?따르면|에\\s?의하면|에\\s?따른|을\\s?인용해|를\\s?인용해|을\\s?인용한|를\\s?인용한)");
    /** "통일부가 30일 밝혔다", "통일부 당국자는 … 밝혔다": the subject of a verb of reporting. */
    private static final Pattern KOREAN_SUBJECT = Pattern.compile(
            "(?:^|\\s)((?:[\\p{IsHangul}A-Za-z·]+\\s)?[\\p{IsHangul}A-Za-z·]{2,}?)(?:이|가|은|는)\\s[^.。]{0,80}?"
                    + "(?:밝혔|발표했|집계했|추산했|추정했|전했|보도했|설명했|공개했|보고했)");

    /** Words that end a Korean name: a date, "기준", the start of a sentence. */
    private static final Pattern KOREAN_NOT_NAME = Pattern.compile(
            "\\d|기준|현재|지난해|올해|작년|이날|한편|앞서|또한|(?:다고|다며|라고|했고|하고|으로|에서|에게|한|된|던|는데|지만)$");

    /** Words that start an English sentence and name no body. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("It", "He", "She", "They", "This", "That",
            "These", "Those", "We", "Our", "Its", "Their", "There", "Officials", "Analysts", "Experts", "Reports",
            "Some", "Many", "Researchers", "Activists", "Critics", "I", "You");

    private Attributions() {
    }

    /** The names the sentence gives as where its figures come from, in order, each once. */
    public static List<String> named(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Pattern p : ENGLISH) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                String name = trimEnglish(m.group(1));
                if (name != null && !NOT_NAMES.contains(name)) {
                    add(names, name);
                }
            }
        }
        for (Pattern p : List.of(KOREAN_ACCORDING, KOREAN_SUBJECT)) {
            // overlapping: "탈북민은 … 통일부가 … 밝혔다" has two subjects before the one verb
            Matcher m = p.matcher(sentence);
            int from = 0;
            while (from < sentence.length() && m.find(from)) {
                add(names, trimKorean(m.group(1)));
                from = m.end(1);
            }
        }
        return List.copyOf(names);
    }

    private static void add(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name);
        }
    }

    /** Drops a leading article, small words at the end, and a possessive. */
    private static String trimEnglish(String name) {
        String n = name.strip().replaceFirst("^(?:The|the|A|An)\\s+", "");
        n = n.replaceFirst("(?<=\\p{L}{2})\\.$", ""); // the sentence's full stop, not "U.S."
        n = n.replaceFirst("['’]s$", "");
        n = n.replaceFirst("(?:\\s+(?:of|for|on|in|and|the|de))+$", "");
        return n.length() < 2 ? null : n;
    }

    /** Keeps the words after the last one that cannot be part of a name ("2023년 기준 통일부" is "통일부"). */
    private static String trimKorean(String name) {
        List<String> kept = new ArrayList<>();
        for (String word : name.strip().split("\\s+")) {
            if (KOREAN_NOT_NAME.matcher(word).find()) {
                kept.clear();
            } else {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }
}
