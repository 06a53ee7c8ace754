package org.corroborate.it;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.demo.DemoLoader;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.browse.BrowseMeasures;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.measure.NewMeasure;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.organization.NewOrganization;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.StaleEditException;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.NewSource.NewAuthor;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.Sources;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services inside Payara Micro, on the configured database: what is written comes back whole,
 * stale and invalid edits change nothing, confidential sources stay confidential, the demo loads once.
 */
@InContainer
class KnowledgeBaseIT {

    /** Adds this class's organizations, as only a platform admin may. */
    private static final Reader PLATFORM_ADMIN = Reader.account(2L, "it-platform-admin", "hrnk", Set.of(Role.PLATFORM_ADMIN));

    @Inject
    Accounts accounts;

    @Inject
    Measures measures;

    @Inject
    BrowseMeasures browseMeasures;

    @Inject
    Sources sources;

    @Inject
    Claims claims;

    @Inject
    ClaimRepository claimRepository;

    @Inject
    DemoLoader demoLoader;

    /** An organization, a measure and two sources (the second relaying the first) of this test's own. */
    private record Fixture(String org, MeasureRef measure, long origin, long relay) {
    }

    /** A contributor of this organization; in-container tests act as one directly, without signing in. */
    static Reader contributor(String organization) {
        return Reader.account(1L, "it-contributor", organization, Set.of(Role.CONTRIBUTOR));
    }

    /** An editor of this organization. */
    static Reader editor(String organization) {
        return Reader.account(2L, "it-editor", organization, Set.of(Role.EDITOR));
    }

    private Fixture fixture() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String org = "it-org-" + suffix;
        accounts.addOrganization(PLATFORM_ADMIN, new NewOrganization(org, "Integration Test Watch " + suffix, "ITW", "KR", null, null));
        MeasureRef measure = measures.add(editor(org), new NewMeasure("it-camp-population-" + suffix, "People held in camps",
                "People held in political prison camps (kwanliso) at a date.", Unit.PERSONS, MeasureKind.STOCK, null,
                "North Korea", "Detention"));
        long origin = sources.add(contributor(org), new NewSource(org, SourceKind.UN_DOCUMENT, "Report of the detailed findings " + suffix,
                List.of(new NewAuthor(null, null, "Commission of Inquiry on Human Rights in the DPRK")), null,
                "United Nations Human Rights Council", "Geneva", "2014-02-07", null, "https://example.org/coi", null,
                "en", "A/HRC/25/CRP.1", null, Confidentiality.PUBLIC, List.of()));
        long relay = sources.add(contributor(org), new NewSource(org, SourceKind.NEWS_ARTICLE, "An op-ed repeating the figure " + suffix,
                List.of(new NewAuthor("Collins", "Robert", null)), "Daily Example", "Example Media", null, "2023-08",
                "2023-09-01", null, null, "en", null, "Repeats the Commission's estimate.", Confidentiality.PUBLIC,
                List.of(origin)));
        return new Fixture(org, measure, origin, relay);
    }

    private static ClaimContent content(String statement, String phrase, long low, long high, String slug) {
        return new ClaimContent(statement, "en",
                new FigureInput(phrase, "BETWEEN", null, BigDecimal.valueOf(low), BigDecimal.valueOf(high), "PERSONS"),
                slug, new PeriodInput(null, "2023-08", "2023-09"), "North Korea", List.of("Detention", " Camps "));
    }

    @Test
    void aClaimWithFigurePeriodAndCitationComesBackExactlyAsWritten() {
        Fixture f = fixture();
        long id = claims.draft(contributor(f.org()), new NewClaim(f.org(),
                content("Between 80,000 and 120,000 people are held in the camps.", "between 80,000 and 120,000", 80_000, 120_000, f.measure().slug()),
                List.of(new NewCitation(f.relay(), "PARAGRAPH", "4", "80,000 and 120,000", "between", "political prisoners", "SUPPORTS"))));

        ClaimView claim = claims.find(id, Reader.memberOf(f.org())).orElseThrow();
        assertEquals("Between 80,000 and 120,000 people are held in the camps.", claim.statement());
        assertEquals("DRAFT", claim.status());
        assertEquals("between 80,000 and 120,000", claim.figure().phrase());
        assertEquals("BETWEEN", claim.figure().qualifier());
        assertEquals(0, new BigDecimal("80000").compareTo(claim.figure().low()));
        assertEquals(0, new BigDecimal("120000").compareTo(claim.figure().high()));
        assertEquals("[80000, 120000]", claim.figure().interval());
        assertEquals(f.measure().slug(), claim.measure().slug());
        assertEquals("2023-08", claim.period().start());
        assertEquals("2023-09", claim.period().end());
        assertEquals(java.time.LocalDate.of(2023, 9, 30), claim.period().lastDay());
        assertFalse(claim.period().asOf());
        assertEquals(List.of("camps", "detention"), claim.topics());
        assertEquals(f.org(), claim.organization().slug());
        assertEquals(1, claim.citations().size());

        var citation = claim.citations().get(0);
        assertEquals("PARAGRAPH", citation.locatorType());
        assertEquals("4", citation.locator());
        assertEquals("80,000 and 120,000", citation.quoteExact());
        assertEquals("between", citation.quotePrefix());
        assertEquals("political prisoners", citation.quoteSuffix());
        assertEquals("SUPPORTS", citation.stance());
        SourceView source = citation.source();
        assertEquals("NEWS_ARTICLE", source.kind());
        assertEquals("article-newspaper", source.cslType());
        assertEquals("Robert Collins", source.authors().get(0).displayName());
        assertEquals("Daily Example", source.containerTitle());
        assertEquals("2023-08", source.issued());
        assertEquals("2023-09-01", source.accessed());
        assertEquals(List.of(f.origin()), source.relays().stream().map(r -> r.id()).toList());

        SourceView origin = sources.find(f.origin(), Reader.ANONYMOUS).orElseThrow();
        assertEquals("2014-02-07", origin.issued());
        assertEquals("A/HRC/25/CRP.1", origin.number());
        assertEquals("Commission of Inquiry on Human Rights in the DPRK", origin.authors().get(0).literal());
        assertEquals(List.of(f.relay()), origin.relayedBy().stream().map(r -> r.id()).toList());
    }

    @Test
    void draftsAreInvisibleToThePublic() {
        Fixture f = fixture();
        long id = claims.draft(contributor(f.org()), new NewClaim(f.org(), content("A draft.", "up to 120,000", 0, 120_000, f.measure().slug()), List.of()));
        assertTrue(claims.find(id, Reader.ANONYMOUS).isEmpty());
        assertTrue(claims.find(id, Reader.memberOf(f.org())).isPresent());
        assertTrue(measures.findBySlug(f.measure().slug(), Reader.ANONYMOUS).isEmpty(), "a measure with nothing verified is not public");
    }

    @Test
    void aStaleRevisionIsRefusedAndOverwritesNothing() {
        Fixture f = fixture();
        long id = claims.draft(contributor(f.org()), new NewClaim(f.org(), content("First wording.", "80,000 to 120,000", 80_000, 120_000, f.measure().slug()), List.of()));
        long read = claims.find(id, Reader.memberOf(f.org())).orElseThrow().version();

        ClaimView saved = claims.revise(contributor(f.org()), id, read, content("Second wording, saved first.", "80,000 to 120,000", 80_000, 120_000, f.measure().slug()));
        assertEquals(read + 1, saved.version());

        StaleEditException stale = assertThrows(StaleEditException.class, () -> claims.revise(contributor(f.org()), id, read,
                content("Third wording, based on the old version.", "100,000 to 130,000", 100_000, 130_000, f.measure().slug())));
        assertEquals(read, stale.expectedVersion());

        ClaimView now = claims.find(id, Reader.memberOf(f.org())).orElseThrow();
        assertEquals("Second wording, saved first.", now.statement());
        assertEquals(0, BigDecimal.valueOf(80_000).compareTo(now.figure().low()));
        assertEquals(read + 1, now.version());
    }

    @Test
    void anImpossibleFigureIsRefusedWithItsReasonAndWritesNothing() {
        Fixture f = fixture();
        long before = claimRepository.count();
        // refused at the boundary, on the field a person would correct
        EJBException e = assertThrows(EJBException.class, () -> claims.draft(contributor(f.org()), new NewClaim(f.org(),
                content("Reversed range.", "200,000 to 50,000", 200_000, 50_000, f.measure().slug()), List.of())));
        ConstraintViolationException reversed = assertInstanceOf(ConstraintViolationException.class, e.getCause());
        assertTrue(reversed.getConstraintViolations().stream().anyMatch(v -> v.getPropertyPath().toString().endsWith("figure.high")
                && v.getMessage().equals("must not be below the low bound")), reversed.getConstraintViolations().toString());

        assertThrows(InvalidInputException.class, () -> claims.draft(contributor(f.org()), new NewClaim(f.org(),
                content("Cites a source that does not exist.", "80,000 to 120,000", 80_000, 120_000, f.measure().slug()),
                List.of(new NewCitation(Long.MAX_VALUE, "PAGE", "3", null, null, null, "SUPPORTS")))));
        assertEquals(before, claimRepository.count());
    }

    @Test
    void beanValidationRejectsABlankStatementAtTheBoundary() {
        Fixture f = fixture();
        long before = claimRepository.count();
        EJBException e = assertThrows(EJBException.class, () -> claims.draft(contributor(f.org()), new NewClaim(f.org(),
                content(" ", "80,000 to 120,000", 80_000, 120_000, f.measure().slug()), List.of())));
        assertInstanceOf(ConstraintViolationException.class, e.getCause());
        assertEquals(before, claimRepository.count());
    }

    @Test
    void confidentialSourcesShowOnlyWhatEachReaderMaySee() {
        Fixture f = fixture();
        long heldInConfidence = sources.add(contributor(f.org()), new NewSource(f.org(), SourceKind.TESTIMONY, "Interview with a former guard",
                List.of(), null, null, null, "2019-05", null, null, null, "ko", null, null,
                Confidentiality.HOLDER_ONLY, List.of()));
        long membersOnly = sources.add(contributor(f.org()), new NewSource(f.org(), SourceKind.REPORT, "Internal field notes",
                List.of(), null, null, null, "2021", null, null, null, "en", null, null,
                Confidentiality.MEMBERS_ONLY, List.of()));

        SourceView stub = sources.find(heldInConfidence, Reader.ANONYMOUS).orElseThrow();
        assertTrue(stub.restricted());
        assertNull(stub.title());
        assertEquals("TESTIMONY", stub.kind());
        assertEquals("2019", stub.issued());
        assertEquals(f.org(), stub.holder().slug());
        assertTrue(sources.find(heldInConfidence, Reader.memberOf("another-org")).orElseThrow().restricted());
        assertEquals("Interview with a former guard",
                sources.find(heldInConfidence, Reader.memberOf(f.org())).orElseThrow().title());

        assertTrue(sources.find(membersOnly, Reader.ANONYMOUS).isEmpty());
        assertEquals("Internal field notes", sources.find(membersOnly, Reader.memberOf("another-org")).orElseThrow().title());
    }

    @Test
    void theDemoKnowledgeBaseIsLoadedOnceAndOnlyOnce() {
        assertEquals(1, demoLoader.loadCount());
        long claimsBefore = claimRepository.count();
        assertEquals(DemoLoader.Outcome.ALREADY_LOADED, demoLoader.loadIfEmpty());
        assertEquals(1, demoLoader.loadCount());
        assertEquals(claimsBefore, claimRepository.count());
        assertTrue(browseMeasures.overview(Reader.ANONYMOUS).size() >= 6, "the demo's measures are public");
    }
}
