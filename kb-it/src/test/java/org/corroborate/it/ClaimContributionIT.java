package org.corroborate.it;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditEntry;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.claim.ClaimItem;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.measure.MeasureRef;
import org.corroborate.service.measure.Measures;
import org.corroborate.service.measure.NewMeasure;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.organization.NewOrganization;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.StaleEditException;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.NewSource.NewAuthor;
import org.corroborate.service.source.Sources;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contributing claims, in the container: a draft is revised, submitted or withdrawn by its own organization only,
 * every change is audited with before and after, and every refusal says what to fix and changes nothing.
 */
@InContainer
class ClaimContributionIT {

    /** Adds this class's organizations, as only a platform admin may. */
    private static final Reader PLATFORM_ADMIN = Reader.account(2L, "it-platform-admin", "hrnk", Set.of(Role.PLATFORM_ADMIN));

    @Inject
    Accounts accounts;

    @Inject
    Measures measures;

    @Inject
    Sources sources;

    @Inject
    Claims claims;

    @Inject
    ClaimRepository claimRepository;

    @Inject
    AuditTrail audit;

    /** An organization with a measure and a public source without held text. */
    private record Fixture(String org, MeasureRef measure, long source) {
        Reader contributor() {
            return Reader.account(11L, "it-contributor-" + org, org, Set.of(Role.CONTRIBUTOR));
        }

        Reader editor() {
            return Reader.account(12L, "it-editor-" + org, org, Set.of(Role.EDITOR));
        }
    }

    private Fixture fixture() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String org = "it-claims-" + suffix;
        accounts.addOrganization(PLATFORM_ADMIN, new NewOrganization(org, "Claims Test Watch " + suffix, "CTW", "KR", null, null));
        Reader editor = Reader.account(2L, "it-editor-" + org, org, Set.of(Role.EDITOR));
        MeasureRef measure = measures.add(editor, new NewMeasure("it-claims-detainees-" + suffix, "People held in detention",
                "People held in detention centres at a date.", Unit.PERSONS, MeasureKind.STOCK, null, "North Korea", "Detention"));
        Reader contributor = Reader.account(11L, "it-contributor-" + org, org, Set.of(Role.CONTRIBUTOR));
        long source = sources.add(contributor, new NewSource(org, SourceKind.REPORT, "Detention report " + suffix,
                List.of(new NewAuthor(null, null, "Claims Test Watch")), null, "CTW", "Seoul", "2023-05", null,
                null, null, "en", null, null, Confidentiality.PUBLIC, List.of()));
        return new Fixture(org, measure, source);
    }

    private static ClaimContent content(String statement, String measureSlug, PeriodInput period) {
        return new ClaimContent(statement, "en",
                new FigureInput("about 20,000", "ABOUT", BigDecimal.valueOf(20_000), null, null, "PERSONS"),
                measureSlug, period, "North Korea", List.of("detention"));
    }

    private static PeriodInput asOf2023() {
        return new PeriodInput("2023", null, null);
    }

    private static NewCitation onPage(long source, String page) {
        return new NewCitation(source, "PAGE", page, "about 20,000 people", null, null, "SUPPORTS");
    }

    private long completeDraft(Fixture f) {
        return claims.draft(f.contributor(), new NewClaim(f.org(), content("About 20,000 people are detained.",
                f.measure().slug(), asOf2023()), List.of(onPage(f.source(), "12"))));
    }

    private ClaimView read(Fixture f, long id) {
        return claims.find(id, Reader.memberOf(f.org())).orElseThrow();
    }

    @Test
    void aDraftIsRevisedThenSubmittedAndEveryStepIsAuditedWithBeforeAndAfter() {
        Fixture f = fixture();
        long id = completeDraft(f);
        ClaimView drafted = read(f, id);
        assertEquals("DRAFT", drafted.status());

        ClaimView revised = claims.revise(f.contributor(), id, drafted.version(),
                content("Some 20,000 people are detained.", f.measure().slug(), asOf2023()),
                List.of(onPage(f.source(), "14"), new NewCitation(f.source(), "SECTION", "3.2", null, null, null, "MENTIONS")), null);
        assertEquals("Some 20,000 people are detained.", revised.statement());
        assertTrue(revised.version() > drafted.version());
        assertEquals(List.of("14", "3.2"), revised.citations().stream().map(c -> c.locator()).toList(),
                "the revision's citations replace the draft's");

        ClaimView submitted = claims.submit(f.contributor(), id, revised.version());
        assertEquals("SUBMITTED", submitted.status());
        assertEquals("SUBMITTED", read(f, id).status());

        List<AuditEntry> entries = audit.browse(f.editor(), "claim", id, 0, 10);
        assertEquals(List.of("claim.submitted", "claim.revised", "claim.drafted"), entries.stream().map(AuditEntry::action).toList());
        AuditEntry revision = entries.get(1);
        assertTrue(revision.before().contains("About 20,000 people are detained."), revision.before());
        assertTrue(revision.after().contains("Some 20,000 people are detained."), revision.after());
        assertTrue(entries.get(0).before().contains("\"DRAFT\""), entries.get(0).before());
        assertTrue(entries.get(0).after().contains("\"SUBMITTED\""), entries.get(0).after());
        assertNull(entries.get(2).before());
        assertEquals("it-contributor-" + f.org(), entries.get(2).actor());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> claims.revise(f.contributor(), id, submitted.version(), content("Too late.", f.measure().slug(), asOf2023())));
        assertTrue(e.getMessage().contains("under review"), e.getMessage());
        assertEquals("Some 20,000 people are detained.", read(f, id).statement());
    }

    @Test
    void citationsAloneCanBeReplacedAndARefusedReplacementKeepsTheOldOnes() {
        Fixture f = fixture();
        long id = completeDraft(f);
        ClaimView drafted = read(f, id);
        ClaimView recited = claims.recite(f.contributor(), id, drafted.version(),
                List.of(new NewCitation(f.source(), "FOOTNOTE", "31", null, null, null, "MENTIONS")));
        assertEquals(List.of("FOOTNOTE"), recited.citations().stream().map(c -> c.locatorType()).toList());
        assertEquals(drafted.statement(), recited.statement());
        assertTrue(recited.version() > drafted.version());

        assertThrows(InvalidInputException.class, () -> claims.recite(f.contributor(), id, recited.version(),
                List.of(new NewCitation(f.source(), null, null, null, null, null, "SUPPORTS"))));
        ClaimView now = read(f, id);
        assertEquals(List.of("31"), now.citations().stream().map(c -> c.locator()).toList());
        assertEquals(recited.version(), now.version());
    }

    @Test
    void aDraftCanBeWithdrawnAndThenNoLongerChanged() {
        Fixture f = fixture();
        long id = completeDraft(f);
        ClaimView withdrawn = claims.withdraw(f.contributor(), id, read(f, id).version());
        assertEquals("WITHDRAWN", withdrawn.status());
        assertThrows(InvalidInputException.class, () -> claims.submit(f.contributor(), id, withdrawn.version()));
        assertEquals("WITHDRAWN", read(f, id).status());
        assertEquals("claim.withdrawn", audit.browse(f.editor(), "claim", id, 0, 1).get(0).action());

        List<ClaimItem> mine = claims.mine(f.contributor());
        assertEquals(List.of(id), mine.stream().map(ClaimItem::id).toList());
        assertEquals("WITHDRAWN", mine.get(0).status());
        assertFalse(mine.get(0).editable());
    }

    @Test
    void anotherOrganizationsContributorCanNeitherEditNorSubmitNorWithdraw() {
        Fixture f = fixture();
        Fixture other = fixture();
        long id = completeDraft(f);
        ClaimView before = read(f, id);

        assertThrows(NotPermittedException.class, () -> claims.revise(other.contributor(), id, before.version(),
                content("Hijacked.", f.measure().slug(), asOf2023())));
        assertThrows(NotPermittedException.class, () -> claims.submit(other.contributor(), id, before.version()));
        assertThrows(NotPermittedException.class, () -> claims.withdraw(other.contributor(), id, before.version()));

        ClaimView after = read(f, id);
        assertEquals(before.statement(), after.statement());
        assertEquals("DRAFT", after.status());
        assertEquals(before.version(), after.version());
        assertEquals(1, audit.browse(f.editor(), "claim", id, 0, 10).size());
        assertTrue(claims.mine(other.contributor()).isEmpty());
    }

    @Test
    void anEditorWhoIsNotAContributorCannotDraft() {
        Fixture f = fixture();
        long count = claimRepository.count();
        NotPermittedException e = assertThrows(NotPermittedException.class, () -> claims.draft(f.editor(), new NewClaim(f.org(),
                content("An editor's claim.", f.measure().slug(), asOf2023()), List.of(onPage(f.source(), "1")))));
        assertTrue(e.getMessage().contains("contributor"), e.getMessage());
        assertEquals(count, claimRepository.count());
    }

    @Test
    void submittingWithoutCitationOrPeriodIsRefusedWithWhatToFix() {
        Fixture f = fixture();
        long id = claims.draft(f.contributor(), new NewClaim(f.org(),
                content("Uncited.", f.measure().slug(), null), List.of()));
        long version = read(f, id).version();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> claims.submit(f.contributor(), id, version));
        assertTrue(e.getMessage().contains("add at least one citation"), e.getMessage());
        assertTrue(e.getMessage().contains("period"), e.getMessage());
        assertTrue(e.getMessage(Locale.KOREAN).contains("인용을 하나 이상 추가"), e.getMessage(Locale.KOREAN));
        assertEquals("DRAFT", read(f, id).status());
        assertEquals(version, read(f, id).version());
    }

    @Test
    void aQuoteFromASourceWithoutHeldTextNeedsNoLocator() {
        Fixture f = fixture();
        long id = claims.draft(f.contributor(), new NewClaim(f.org(),
                content("Quoted without a page.", f.measure().slug(), asOf2023()),
                List.of(new NewCitation(f.source(), null, null, "about 20,000 people", null, null, "SUPPORTS"))));
        ClaimView saved = read(f, id);
        assertEquals(1, saved.citations().size());
        assertEquals("about 20,000 people", saved.citations().get(0).quoteExact());
        assertNull(saved.citations().get(0).locator(), "the quote anchors the citation by itself");
        // without a quote, a source whose text is not held still needs a locator
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> claims.draft(f.contributor(), new NewClaim(f.org(),
                content("Neither quote nor page.", f.measure().slug(), asOf2023()),
                List.of(new NewCitation(f.source(), null, null, null, null, null, "SUPPORTS")))));
        assertTrue(e.getMessage().contains("a locator such as a page"), e.getMessage());
    }

    @Test
    void aSourceHeldInConfidenceByAnotherOrganizationCannotBeCited() {
        Fixture f = fixture();
        Fixture other = fixture();
        long confidential = sources.add(other.contributor(), new NewSource(other.org(), SourceKind.TESTIMONY, "Interview notes",
                List.of(), null, null, null, "2022", null, null, null, "ko", null, null, Confidentiality.HOLDER_ONLY, List.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> claims.draft(f.contributor(), new NewClaim(f.org(),
                content("Cites what it may not see.", f.measure().slug(), asOf2023()), List.of(onPage(confidential, "2")))));
        assertFalse(e.getMessage().contains("Interview notes"), "the refusal does not leak the title");
        assertTrue(claims.mine(f.contributor()).isEmpty());
        long own = claims.draft(other.contributor(), new NewClaim(other.org(),
                content("Cites its own confidential notes.", other.measure().slug(), asOf2023()), List.of(onPage(confidential, "2"))));
        assertEquals(1, read(other, own).citations().size());
    }

    @Test
    void aProposedMeasureIsCreatedWithItsDraftAndRolledBackWithIt() {
        Fixture f = fixture();
        String slug = "it-proposed-" + UUID.randomUUID().toString().substring(0, 8);
        NewMeasure proposal = new NewMeasure(slug, "People in forced labour", "People held in forced labour at a date.",
                Unit.PERSONS, MeasureKind.STOCK, null, "North Korea", "Forced labour");

        long count = claimRepository.count();
        assertThrows(InvalidInputException.class, () -> claims.draft(f.contributor(), new NewClaim(f.org(),
                content("Cites a source that does not exist.", null, asOf2023()), List.of(onPage(Long.MAX_VALUE, "1"))), proposal));
        assertTrue(measures.findBySlug(slug, Reader.memberOf(f.org())).isEmpty(), "the proposal went with the refused draft");
        assertEquals(count, claimRepository.count());

        long id = claims.draft(f.contributor(), new NewClaim(f.org(),
                content("About 20,000 people in forced labour.", null, asOf2023()), List.of(onPage(f.source(), "3"))), proposal);
        assertEquals(slug, read(f, id).measure().slug());
        assertTrue(measures.findBySlug(slug, Reader.memberOf(f.org())).isPresent(), "the proposing organization sees its proposal");
        assertTrue(audit.browse(f.editor(), "measure", null, 0, 50).stream()
                .anyMatch(a -> a.action().equals("measure.proposed") && a.after().contains(slug)));
    }

    @Test
    void aDraftKeepsAFigureWithoutMeasureOrCitationAndSubmittingNamesAllThatIsMissing() {
        Fixture f = fixture();
        long id = claims.draft(f.contributor(), new NewClaim(f.org(),
                content("About 20,000 people are detained; the measure is still to be chosen.", null, null), List.of()));

        ClaimView draft = read(f, id);
        assertEquals("about 20,000", draft.figure().phrase(), "the figure is kept");
        assertEquals(null, draft.measure());
        assertTrue(draft.citations().isEmpty());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> claims.submit(f.contributor(), id, draft.version()));
        String message = refused.getMessage();
        assertTrue(message.contains("citation") && message.contains("measure") && message.contains("period"), message);
        assertEquals("DRAFT", read(f, id).status());
    }

    @Test
    void everyProblemOfADraftIsReportedAtOnceOnItsField() {
        Fixture f = fixture();
        ClaimContent content = new ClaimContent(" ", "en",
                new FigureInput("between 200 and 100", "BETWEEN", null, BigDecimal.valueOf(200), BigDecimal.valueOf(100), "PERSONS"),
                null, new PeriodInput(null, "2024-13", "2023"), null, List.of());
        NewMeasure nameless = new NewMeasure(null, " ", "Counted per year.", Unit.PERSONS, MeasureKind.FLOW, null, null, null, null);

        Throwable thrown = assertThrows(RuntimeException.class,
                () -> claims.draft(f.contributor(), new NewClaim(f.org(), content, List.of()), nameless));
        while (thrown instanceof jakarta.ejb.EJBException && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        assertTrue(thrown instanceof jakarta.validation.ConstraintViolationException, String.valueOf(thrown));
        java.util.Set<String> paths = new java.util.TreeSet<>();
        ((jakarta.validation.ConstraintViolationException) thrown).getConstraintViolations()
                .forEach(v -> paths.add(v.getPropertyPath().toString()));
        assertEquals(new java.util.TreeSet<>(List.of("draft.command.content.statement", "draft.command.content.figure.high",
                "draft.command.content.period.from", "draft.proposedMeasure.name", "draft.proposedMeasure.flowPeriod")), paths);
        assertTrue(claims.mine(f.contributor()).isEmpty(), "nothing was saved");
    }

    @Test
    void aMeasureProposedWithAKoreanNameAloneGetsAnAddressAndIsFoundByThatName() {
        Fixture f = fixture();
        String run = UUID.randomUUID().toString().substring(0, 6);
        NewMeasure korean = new NewMeasure(null, null, "중국에서 강제 송환된 여성의 수.", Unit.PERSONS, MeasureKind.STOCK,
                null, null, "Detention", "강제 송환 여성 " + run);
        NewMeasure english = new NewMeasure(null, "Women forcibly returned " + run, "Women returned from China.",
                Unit.PERSONS, MeasureKind.STOCK, null, null, null, "송환 여성 " + run);

        // proposed with drafts, as the claim form does: the organization of the draft sees its proposal
        String koreanSlug = read(f, claims.draft(f.contributor(), new NewClaim(f.org(),
                content("강제 송환된 여성은 약 2만 명이다.", null, asOf2023()), List.of()), korean)).measure().slug();
        String englishSlug = read(f, claims.draft(f.contributor(), new NewClaim(f.org(),
                content("About 20,000 women were returned.", null, asOf2023()), List.of()), english)).measure().slug();

        assertTrue(koreanSlug.matches("measure-\\d+(-\\d+)?"), koreanSlug);
        assertEquals("women-forcibly-returned-" + run, englishSlug);
        List<org.corroborate.service.measure.MeasureChoice> found = measures.choices(f.contributor(), "송환 여성 " + run, 10);
        assertEquals(List.of(englishSlug, koreanSlug), found.stream().map(c -> c.slug()).toList(),
                "the measure named exactly so first, then the one whose name contains it");
        assertEquals("강제 송환 여성 " + run, measures.choices(f.contributor(), "강제송환 여성" + run, 10).stream()
                .map(c -> c.name(java.util.Locale.KOREAN)).findFirst().orElse(null), "spaces do not matter in Korean");
        assertTrue(measures.choices(Reader.memberOf("hrnk"), "송환 여성 " + run, 10).isEmpty(),
                "another organization does not see the proposals");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        Fixture f = fixture();
        long id = completeDraft(f);
        long read = read(f, id).version();
        claims.revise(f.contributor(), id, read, content("Revised first.", f.measure().slug(), asOf2023()));

        StaleEditException stale = assertThrows(StaleEditException.class, () -> claims.submit(f.contributor(), id, read));
        assertEquals(read, stale.expectedVersion());
        assertNotEquals(read, stale.currentVersion());
        assertThrows(StaleEditException.class, () -> claims.withdraw(f.contributor(), id, read));
        assertEquals("DRAFT", read(f, id).status());
    }

    @Test
    void refusalsAreExplainedInKorean() {
        Fixture f = fixture();
        Fixture other = fixture();
        long id = completeDraft(f);
        long version = read(f, id).version();
        NotPermittedException refused = assertThrows(NotPermittedException.class, () -> claims.withdraw(other.contributor(), id, version));
        assertEquals("다른 단체의 자료이므로 변경할 수 없습니다.", refused.getMessage(Locale.KOREAN));

        claims.withdraw(f.contributor(), id, version);
        InvalidInputException closed = assertThrows(InvalidInputException.class,
                () -> claims.submit(f.contributor(), id, version + 1));
        assertTrue(closed.getMessage(Locale.KOREAN).contains("철회됨"), closed.getMessage(Locale.KOREAN));
    }

    @Test
    void invalidContentAtTheBoundaryWritesNothing() {
        Fixture f = fixture();
        long id = completeDraft(f);
        long version = read(f, id).version();
        assertThrows(EJBException.class, () -> claims.revise(f.contributor(), id, version, content(" ", f.measure().slug(), asOf2023())));
        assertEquals("About 20,000 people are detained.", read(f, id).statement());
    }
}
