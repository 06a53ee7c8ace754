package org.corroborate.service.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches a body a sentence names ("the UN Commission of Inquiry", "통일부", "Yonhap") against known sources by
 * their title, publisher, container and authors, normalized (case, accents, punctuation, English and Korean names
 * and abbreviations of the same body). A name matches a source when every distinctive word of the name is among the
 * source's words; words that name nearly everything here ("North Korea", "UN", "report") only break ties. When
 * several sources match as well, the one whose name fields say least besides is taken (the most specific).
 */
public final class RelayMatcher {

    /** A known source, as the matcher sees it. */
    public record Known(long id, String title, String publisher, String containerTitle, List<String> authors) {
    }

    /** Names of the same body, in Korean or abbreviated, written as the words the English name is made of. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("통일부", "ministry unification"),
            Map.entry("mou", "ministry unification"),
            Map.entry("unikorea", "ministry unification"),
            Map.entry("연합뉴스", "yonhap"),
            Map.entry("연합", "yonhap"),
            Map.entry("유엔", "un"),
            Map.entry("coi", "commission inquiry"),
            Map.entry("북한인권조사위원회", "commission inquiry"),
            Map.entry("조사위원회", "commission inquiry"),
            Map.entry("국가정보원", "national intelligence service"),
            Map.entry("국정원", "national intelligence service"),
            Map.entry("nis", "national intelligence service"),
            Map.entry("국방부", "ministry national defense"),
            Map.entry("국방백서", "defense white paper"),
            Map.entry("mnd", "ministry national defense"),
            Map.entry("defence", "defense"),
            Map.entry("아산정책연구원", "asan institute policy studies"),
            Map.entry("hrnk", "committee human rights north korea"),
            Map.entry("북한인권정보센터", "database center north korean human rights"),
            Map.entry("nkdb", "database center north korean human rights"),
            Map.entry("유엔난민기구", "un high commissioner refugees"),
            Map.entry("unhcr", "un high commissioner refugees"),
            Map.entry("고문방지위원회", "committee against torture"),
            Map.entry("cat", "committee against torture"),
            Map.entry("특별보고관", "special rapporteur"),
            Map.entry("미국", "united states"),
            Map.entry("재무부", "treasury"),
            Map.entry("한국화학연구원", "korea research institute chemical technology"),
            Map.entry("krict", "korea research institute chemical technology"));

    /** Small words: never distinctive, never counted. */
    private static final Set<String> STOP = Set.of("the", "of", "for", "and", "on", "in", "a", "an", "to", "at", "by",
            "s", "its", "de", "공식", "측");

    /** Words that name nearly every source here: they only break ties. */
    private static final Set<String> GENERIC = Set.of("north", "south", "korea", "korean", "koreans", "koreas", "dprk",
            "rok", "un", "united", "nations", "ministry", "committee", "office", "service", "report", "reports", "government", "official", "officials", "data",
            "news", "agency", "human", "rights", "international", "national", "spokesman", "spokesperson", "source",
            "sources", "statistics", "figures", "estimate", "study", "survey", "new", "latest", "annual",
            "북한", "한국", "남한", "정부", "당국자", "관계자", "대변인", "보고서", "자료", "통계");

    private record Indexed(Known known, Set<String> words, String compact) {
    }

    private final List<Indexed> sources;

    private RelayMatcher(List<Indexed> sources) {
        this.sources = sources;
    }

    public static RelayMatcher of(Collection<Known> known) {
        List<Indexed> indexed = new ArrayList<>();
        for (Known k : known) {
            StringBuilder fields = new StringBuilder();
            for (String f : List.of(nz(k.title()), nz(k.publisher()), nz(k.containerTitle()))) {
                fields.append(' ').append(f);
            }
            k.authors().forEach(a -> fields.append(' ').append(nz(a)));
            List<String> words = words(fields.toString());
            indexed.add(new Indexed(k, new LinkedHashSet<>(words), String.join("", words)));
        }
        return new RelayMatcher(List.copyOf(indexed));
    }

    /** The first body the sentence names that is a known source other than {@code except}. */
    public Optional<Known> relayOf(String sentence, long except) {
        for (String name : Attributions.named(sentence)) {
            Optional<Known> found = match(name, except);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The known source (other than {@code except}) this name stands for, if one does. */
    public Optional<Known> match(String name, long except) {
        List<String> words = words(name);
        List<String> distinctive = words.stream().filter(w -> !GENERIC.contains(w)).distinct().toList();
        if (distinctive.isEmpty()) {
            return Optional.empty();
        }
        return sources.stream()
                .filter(s -> s.known().id() != except)
                .filter(s -> distinctive.stream().allMatch(w -> contains(s, w)))
                .max(Comparator.comparingLong((Indexed s) -> words.stream().filter(w -> contains(s, w)).count())
                        .thenComparing(s -> -s.words().size())
                        .thenComparing(s -> -s.known().id()))
                .map(Indexed::known);
    }

    /** A Hangul word may be written inside a longer one ("통일부" in "통일부북한이탈주민"); other words must be whole. */
    private static boolean contains(Indexed s, String word) {
        return s.words().contains(word) || (word.codePoints().anyMatch(RelayMatcher::hangul) && s.compact().contains(word));
    }

    /** The words of a text: lower case, without accents and punctuation, aliases spelled out, small words dropped. */
    static List<String> words(String text) {
        String n = Normalizer.normalize(Normalizer.normalize(nz(text), Normalizer.Form.NFKD).replaceAll("\\p{M}", ""),
                        Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        List<String> words = new ArrayList<>();
        for (String w : n.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String alias = ALIASES.get(w);
            if (alias == null && w.codePoints().anyMatch(RelayMatcher::hangul)) {
                // a Korean particle or suffix glued to a known name: "통일부의", "유엔난민기구와"
                alias = ALIASES.entrySet().stream().filter(e -> w.startsWith(e.getKey()) && hangul(e.getKey().codePointAt(0)))
                        .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(null);
            }
            for (String part : (alias == null ? w : alias).split(" ")) {
                if (!STOP.contains(part)) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    private static boolean hangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return sources.stream().map(s -> s.known().id() + ":" + s.words()).collect(Collectors.joining(", "));
    }
}
