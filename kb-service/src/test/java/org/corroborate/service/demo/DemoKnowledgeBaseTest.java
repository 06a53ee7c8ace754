package org.corroborate.service.demo;

import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.claim.Tolerance;
import org.corroborate.model.crossref.ClaimFacts;
import org.corroborate.model.crossref.Judgement;
import org.corroborate.model.crossref.Origins;
import org.corroborate.model.crossref.PairJudge;
import org.corroborate.model.crossref.Reason;
import org.corroborate.model.crossref.Severity;
import org.corroborate.model.crossref.Verdict;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped demo knowledge base, built through the model's own constructors: if any record broke a rule
 * of the model (a reversed range, a percentage over 100, a dangling key), building it would throw here.
 */
class DemoKnowledgeBaseTest {

    private static DemoKnowledgeBase demo;

    @BeforeAll
    static void build() {
        demo = DemoKnowledgeBase.shipped();
    }

    private static List<Claim> claimsOf(String measureSlug) {
        return demo.claims().stream()
                .filter(c -> c.getMeasure() != null && c.getMeasure().getSlug().equals(measureSlug))
                .toList();
    }

    private static Tolerance tolerance(Measure m) {
        return Tolerance.percent(m.getAboutTolerancePercent());
    }

    @Test
    void holdsEveryArticleAndAtLeastFortyFigureClaimsEachCited() {
        Set<String> titles = demo.sources().stream().map(Source::getTitle).collect(Collectors.toSet());
        assertEquals(demo.sources().size(), titles.size(), "no source twice");
        long figureClaims = demo.claims().stream().filter(c -> c.getFigure() != null).count();
        assertTrue(figureClaims >= 40, "figure claims: " + figureClaims);
        demo.claims().forEach(c -> assertFalse(c.getCitations().isEmpty(), c + " has no citation"));
        // the demo holds no text of sources held in confidence, so citing one gives a locator without a quote
        demo.claims().forEach(c -> c.getCitations().forEach(ci -> assertTrue(ci.getLocator() != null
                && (ci.getQuote() != null || ci.getSource().getConfidentiality() == Confidentiality.HOLDER_ONLY),
                c + " lacks a locator or quote")));
    }

    @Test
    void recordsWhichSourcesRelayOthers() {
        long relays = demo.sources().stream().mapToLong(s -> s.getRelays().size()).sum();
        assertTrue(relays >= 10, "relay links: " + relays);
        Source coi = demo.sources().stream()
                .filter(s -> s.getTitle().toLowerCase().contains("commission of inquiry")).findFirst().orElseThrow();
        assertTrue(demo.sources().stream().anyMatch(s -> s.getRelays().contains(coi)), "someone relays the COI");
    }

    @Test
    void containsTheFiguresTheArticlesDisagreeOn() {
        Map<String, List<String>> phrases = demo.claims().stream().filter(c -> c.getMeasure() != null)
                .collect(Collectors.groupingBy(c -> c.getMeasure().getSlug(),
                        Collectors.mapping(c -> c.getFigure().getPhrase(), Collectors.toList())));
        assertTrue(phrases.get("nk-population").containsAll(List.of("25 million", "24 million civilians")));
        assertTrue(phrases.get("political-prisoners").contains("up to 120,000"));
        assertTrue(phrases.get("cw-stockpile").contains("2,500-5,000 tons"));
        assertTrue(phrases.get("trafficked-share-refugee-women").contains("Up to ninety percent"));
        assertTrue(phrases.get("defectors-in-south-korea").size() >= 3);
        assertTrue(phrases.get("nk-people-in-china").contains("between 50,000 and 200,000"));
    }

    /** The demo's entities get ids as the database would give them, so that cross-referencing can name them. */
    private static void number(List<?> entities) {
        long id = 1;
        for (Object e : entities) {
            try {
                var field = e.getClass().getDeclaredField("id");
                field.setAccessible(true);
                field.set(e, id++);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    private static Claim claim(String measure, String organization, String phrase) {
        return claimsOf(measure).stream()
                .filter(c -> c.getOrganization().getSlug().equals(organization) && c.getFigure().getPhrase().equals(phrase))
                .findFirst().orElseThrow(() -> new AssertionError("no claim \"" + phrase + "\" of " + organization));
    }

    private static Judgement judge(Claim a, Claim b) {
        return PairJudge.judge(ClaimFacts.of(a), ClaimFacts.of(b));
    }

    @Test
    void crossReferencingFindsTheRealDisagreementsAndNotTheAgreements() {
        number(demo.sources());
        number(demo.claims());

        Judgement population = judge(claim("nk-population", "hrnk", "25 million"),
                claim("nk-population", "link", "24 million civilians"));
        assertEquals(Verdict.CONFLICTS, population.verdict());
        assertEquals(Severity.MINOR, population.level());
        assertTrue(population.periodAssumed(), "the 24 million states no period");

        Judgement china = judge(claim("nk-people-in-china", "tongil-mom", "between 50,000 and 200,000"),
                claim("nk-people-in-china", "hrnk", "thousands"));
        assertEquals(Verdict.CONFLICTS, china.verdict());
        assertEquals(Severity.MAJOR, china.level());

        Claim commentary = claim("political-prisoners", "heritage", "an estimated 80,000 to 120,000");
        Claim hrnk = claim("political-prisoners", "hrnk", "up to 120,000");
        Claim commission = claim("political-prisoners", "hrnk", "between 80,000 and 120,000");
        assertEquals(Verdict.AGREES, judge(commentary, hrnk).verdict(), "the camp figures agree");
        assertEquals(Reason.DIFFERENT_PERIOD, judge(commentary, commission).reason(), "2017 and 2014");
        Map<Long, Set<Long>> reach = new java.util.LinkedHashMap<>();
        for (Claim c : List.of(commentary, hrnk, commission)) {
            reach.put(c.getId(), Origins.reach(c));
        }
        assertTrue(Origins.shareOrigin(reach.get(commentary.getId()), reach.get(commission.getId())),
                "the commentary's passage relays the Commission: one origin");
        assertEquals(2, Origins.groups(reach).size(), "the Commission and HRNK's own research");

        assertEquals(Reason.DIFFERENT_PERIOD, judge(claim("cw-stockpile", "hrnk", "2,500-5,000 tons"),
                claim("cw-stockpile", "hrnk", "5,000 Tons of Chemical Weapons")).reason(), "2012 and October 2006");
    }

    @Test
    void aCompilationsSourceLevelRelaysAreNotTheOriginsOfItsFigures() {
        number(demo.sources());
        number(demo.claims());
        // HRNK's compilation relays six sources (and, through one of them, Iran's nuclear experts): a defector count
        // it states itself has the compilation as its one origin
        Claim defectors = claim("defectors-in-south-korea", "hrnk", "more than 31,000");
        Source compilation = defectors.getCitations().get(0).getSource();
        assertTrue(compilation.getRelays().size() >= 5, "the compilation relays sources");
        assertEquals(Set.of(compilation.getId()), Origins.ofClaim(defectors));
        assertEquals(Set.of(compilation.getId()), ClaimFacts.of(defectors).origins());

        Claim stockpile = claim("cw-stockpile", "hrnk", "2,500-5,000 tons");
        List<Source> chain = Origins.chain(stockpile.getCitations().get(0));
        assertEquals(3, chain.size(), "the compilation, the Collins article, the Ministry's white paper");
        assertEquals(compilation, chain.get(0));
        assertTrue(chain.get(1).getTitle().startsWith("North Korea: Committing Crimes"), chain.get(1)::getTitle);
        assertEquals("Defense White Paper 2012", chain.get(2).getTitle());
    }

    @Test
    void mostClaimsAreVerifiedAndEveryOrganizationOwnsSome() {
        Map<ClaimStatus, Long> byStatus = demo.claims().stream()
                .collect(Collectors.groupingBy(Claim::getStatus, Collectors.counting()));
        assertTrue(byStatus.get(ClaimStatus.VERIFIED) > demo.claims().size() / 2);
        assertNotNull(byStatus.get(ClaimStatus.DRAFT), "drafts exist to show they stay private");
        Set<String> owners = demo.claims().stream().map(c -> c.getOrganization().getSlug()).collect(Collectors.toSet());
        assertEquals(demo.organizations().size(), owners.size());
    }

    @Test
    void theChecksumIdentifiesTheFileContent() {
        assertEquals(64, demo.checksum().length());
        assertEquals(demo.checksum(), DemoKnowledgeBase.shipped().checksum());
    }
}
