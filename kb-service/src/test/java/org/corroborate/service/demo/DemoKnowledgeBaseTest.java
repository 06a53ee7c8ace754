package org.corroborate.service.demo;

import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.model.claim.Tolerance;
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

    @Test
    void campEstimatesAgreeWhilePopulationEstimatesDoNot() {
        List<Claim> camps = claimsOf("political-prisoners");
        Measure campMeasure = camps.get(0).getMeasure();
        assertTrue(camps.get(0).getFigure().toInterval(tolerance(campMeasure))
                .overlaps(camps.get(1).getFigure().toInterval(tolerance(campMeasure))));

        List<Claim> population = claimsOf("nk-population");
        Measure populationMeasure = population.get(0).getMeasure();
        assertFalse(population.get(0).getFigure().toInterval(tolerance(populationMeasure))
                .overlaps(population.get(1).getFigure().toInterval(tolerance(populationMeasure))));
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
