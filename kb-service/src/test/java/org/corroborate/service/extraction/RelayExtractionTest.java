package org.corroborate.service.extraction;

import org.corroborate.service.extraction.RelayMatcher.Known;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay an extracted figure's sentence names ("according to the UN Commission of Inquiry", "통일부에 따르면"),
 * matched against known sources. The quality measure reads real sentences (relays/sentences.tsv, adapted from stored
 * public pages, with a hand-written key) against a small list of known sources (relays/sources.tsv).
 */
class RelayExtractionTest {

    private final RelayMatcher matcher = RelayMatcher.of(read("sources.tsv").stream()
            .map(f -> new Known(Long.parseLong(f[0]), f[1], f.length > 2 ? f[2] : null, null, List.of())).toList());

    @Test
    void findsTheNamedBodyInEnglishAndKorean() {
        assertEquals(List.of("UN Commission of Inquiry"),
                Attributions.named("It reported, according to the UN Commission of Inquiry, that 80,000 are held."));
        assertEquals(List.of("Yonhap"), Attributions.named("Some 1,418 arrived, citing Yonhap."));
        assertEquals(List.of("unification ministry"),
                Attributions.named("A total of 135 arrived, the unification ministry said Friday."));
        assertEquals(List.of("통일부"), Attributions.named("2023년 기준 통일부에 따르면 3만4천명이 입국했다."));
        assertEquals(List.of(), Attributions.named("North Korea conducted its fifth nuclear test."));
        assertEquals(List.of("UN1718 Committee"), Attributions.named("According to the UN1718 Committee, 12 ships were seen."));
    }

    @Test
    void matchesBodiesByTheirWordsAliasesAndKoreanNames() {
        assertEquals(Optional.of(3L), matcher.match("UN Commission of Inquiry", -1).map(Known::id));
        assertEquals(Optional.of(3L), matcher.match("유엔 북한인권조사위원회", -1).map(Known::id));
        assertEquals(Optional.of(1L), matcher.match("South Korea's Unification Ministry", -1).map(Known::id));
        assertEquals(Optional.of(1L), matcher.match("통일부", -1).map(Known::id));
        assertEquals(Optional.empty(), matcher.match("North Korea", -1), "a name of nearly everything names nothing");
        assertEquals(Optional.empty(), matcher.match("Yonhap", 2), "never the cited source itself");
    }

    @Test
    void suggestsTheRightRelayForRealSentences() {
        List<String[]> sentences = read("sentences.tsv");
        int keyed = 0;
        int suggested = 0;
        int correct = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String[] s : sentences) {
            Set<Long> expected = s[0].equals("-") ? Set.of()
                    : Arrays.stream(s[0].split("\\|")).map(Long::parseLong).collect(Collectors.toSet());
            Optional<Long> found = matcher.relayOf(s[1], -1).map(Known::id);
            keyed += expected.isEmpty() ? 0 : 1;
            if (found.isPresent()) {
                suggested++;
                if (expected.contains(found.get())) {
                    correct++;
                } else {
                    wrong.add(found.get() + " for: " + s[1]);
                }
            } else if (!expected.isEmpty()) {
                missed.add(s[1] + " " + Attributions.named(s[1]));
            }
        }
        double precision = suggested == 0 ? 0 : (double) correct / suggested;
        double recall = (double) correct / keyed;
        System.out.printf("[relays] %d sentences, %d with a relay: precision %d/%d = %.3f, recall %d/%d = %.3f%n",
                sentences.size(), keyed, correct, suggested, precision, correct, keyed, recall);
        wrong.forEach(w -> System.out.println("[relays] wrong: " + w));
        missed.forEach(m -> System.out.println("[relays] missed: " + m));
        assertTrue(sentences.size() >= 40, "the fixture: " + sentences.size());
        assertTrue(precision >= 0.95, "precision " + precision + ", wrong: " + wrong);
        assertTrue(recall >= 0.75, "recall " + recall + ", missed: " + missed);
    }

    private static List<String[]> read(String name) {
        try (InputStream in = RelayExtractionTest.class.getResourceAsStream("relays/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
