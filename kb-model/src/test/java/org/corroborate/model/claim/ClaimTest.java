package org.corroborate.model.claim;

import org.corroborate.model.measure.Measure;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.shared.Period;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.corroborate.model.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimTest {

    private final Organization hrnk = new Organization("hrnk", "Committee for Human Rights in North Korea");
    private final Measure campPrisoners = new Measure("nk-camp-prisoners", "People held in political prison camps",
            "People held in North Korea's political prison camps (kwanliso) at a given date.",
            Unit.PERSONS, MeasureKind.STOCK, null);
    private final Figure upTo120000 = Figure.of("up to 120,000", Qualifier.UP_TO, BigDecimal.valueOf(120000), Unit.PERSONS);
    private final Source report = new Source(SourceKind.REPORT, "The Hidden Gulag", Confidentiality.PUBLIC, hrnk);

    // construction and revision

    @Test
    void aNewClaimIsADraftWithItsStatementFigureAndMeasure() {
        Claim claim = new Claim(hrnk, "  Up to 120,000 people are held in the camps.  ", " EN ", upTo120000, campPrisoners);

        assertEquals(ClaimStatus.DRAFT, claim.getStatus());
        assertEquals("Up to 120,000 people are held in the camps.", claim.getStatement());
        assertEquals("en", claim.getLanguage());
        assertSame(upTo120000, claim.getFigure());
        assertSame(campPrisoners, claim.getMeasure());
        assertSame(hrnk, claim.getOrganization());
        assertNotNull(claim.getCreatedAt());
        assertEquals(claim.getCreatedAt(), claim.getUpdatedAt());
        assertTrue(claim.getCitations().isEmpty());
        assertTrue(claim.getTopics().isEmpty());
    }

    @Test
    void aClaimWithoutAFigureNeedsNoMeasure() {
        Claim claim = new Claim(hrnk, "Families of defectors are sent to the camps.", "en", null, null);

        assertNull(claim.getFigure());
        assertNull(claim.getMeasure());
    }

    @Test
    void aDraftKeepsAFigureWhoseMeasureIsNotChosenYet() {
        Claim claim = new Claim(hrnk, "Up to 120,000 people are held.", "en", upTo120000, null);

        assertSame(upTo120000, claim.getFigure());
        assertNull(claim.getMeasure());
    }

    @Test
    void refusesToSubmitAFigureWithoutAMeasure() {
        Claim claim = new Claim(hrnk, "Up to 120,000 people are held.", "en", upTo120000, null);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> claim.moveTo(ClaimStatus.SUBMITTED));

        assertEquals("Figure \"up to 120,000\" needs the measure it answers.", e.getMessage());
        assertEquals(ClaimStatus.DRAFT, claim.getStatus());
    }

    @ParameterizedTest(name = "statement \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void refusesABlankStatement(String statement) {
        assertRefused(() -> new Claim(hrnk, statement, "en", upTo120000, campPrisoners),
                "A claim needs a statement in your own words.");
    }

    @Test
    void refusesAStatementLongerThanTheLimit() {
        String tooLong = "x".repeat(Claim.MAX_STATEMENT_LENGTH + 1);

        assertRefused(() -> new Claim(hrnk, tooLong, "en", null, null),
                "longer than " + Claim.MAX_STATEMENT_LENGTH + " characters");
    }

    @Test
    void acceptsAStatementOfExactlyTheLimitOnceStripped() {
        String longest = "x".repeat(Claim.MAX_STATEMENT_LENGTH);

        assertEquals(longest, new Claim(hrnk, "  " + longest + "  ", "en", null, null).getStatement());
    }

    @ParameterizedTest(name = "language \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesABlankLanguage(String language) {
        assertRefused(() -> new Claim(hrnk, "A statement.", language, null, null),
                "A claim needs the language of its statement.");
    }

    @Test
    void refusesAMissingOrganization() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Claim(null, "A statement.", "en", null, null));

        assertEquals("A claim needs the organization contributing it.", e.getMessage());
    }

    @Test
    void reviseReplacesStatementFigureAndMeasureTogether() {
        Claim claim = new Claim(hrnk, "Old statement.", "en", null, null);

        claim.revise(" New statement. ", upTo120000, campPrisoners);

        assertEquals("New statement.", claim.getStatement());
        assertSame(upTo120000, claim.getFigure());
        assertSame(campPrisoners, claim.getMeasure());
    }

    @Test
    void aRefusedRevisionLeavesTheClaimUnchanged() {
        Claim claim = new Claim(hrnk, "Up to 120,000 people are held.", "en", upTo120000, campPrisoners);
        Figure other = Figure.exact("80,000", 80000, Unit.PERSONS);

        assertRefused(() -> claim.revise("  ", other, null), "needs a statement");

        assertEquals("Up to 120,000 people are held.", claim.getStatement());
        assertSame(upTo120000, claim.getFigure());
        assertSame(campPrisoners, claim.getMeasure());
    }

    @Test
    void revisingToABlankStatementIsRefused() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        assertRefused(() -> claim.revise(" ", null, null), "needs a statement");
        assertEquals("A statement.", claim.getStatement());
    }

    // period, place and topics

    @Test
    void holdsForAPeriodAndAStrippedPlace() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);
        Period period = Period.asOf(PartialDate.parse("2023"));

        claim.holdFor(period, "  North Korea ");

        assertEquals(period, claim.getPeriod());
        assertEquals("North Korea", claim.getPlace());
    }

    @Test
    void aBlankPlaceIsNoPlace() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        claim.holdFor(null, "   ");

        assertNull(claim.getPeriod());
        assertNull(claim.getPlace());
    }

    @Test
    void topicsAreLowerCasedTrimmedAndBlanksDropped() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        claim.setTopics(Arrays.asList("  Prison Camps ", "REFUGEES", "", "   ", null, "refugees"));

        assertEquals(Set.of("prison camps", "refugees"), claim.getTopics());
    }

    @Test
    void settingTopicsReplacesThePreviousOnes() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);
        claim.setTopics(List.of("camps"));

        claim.setTopics(List.of("refugees"));

        assertEquals(Set.of("refugees"), claim.getTopics());
    }

    @Test
    void topicsCannotBeChangedThroughTheirView() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        assertThrows(UnsupportedOperationException.class, () -> claim.getTopics().add("camps"));
    }

    // citations

    @Test
    void citeAddsACitationThatPointsBackToTheClaim() {
        Claim claim = new Claim(hrnk, "Up to 120,000 people are held.", "en", upTo120000, campPrisoners);
        Locator page12 = new Locator(LocatorType.PAGE, "12");
        QuoteAnchor quote = new QuoteAnchor("up to 120,000", "an estimated ", " prisoners");

        Citation citation = claim.cite(report, page12, quote, Stance.SUPPORTS);

        assertSame(claim, citation.getClaim());
        assertEquals(List.of(citation), claim.getCitations());
        assertSame(report, citation.getSource());
        assertEquals(page12, citation.getLocator());
        assertEquals(quote, citation.getQuote());
        assertEquals(Stance.SUPPORTS, citation.getStance());
    }

    @Test
    void aCitationMayRestOnALocatorAlone() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        Citation citation = claim.cite(report, new Locator(LocatorType.FOOTNOTE, "31"), null, Stance.MENTIONS);

        assertNull(citation.getQuote());
        assertEquals(1, claim.getCitations().size());
    }

    @Test
    void aCitationMayRestOnAQuoteAlone() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        Citation citation = claim.cite(report, null, new QuoteAnchor("80,000 to 120,000", null, null), Stance.CONTRADICTS);

        assertNull(citation.getLocator());
        assertEquals(1, claim.getCitations().size());
    }

    @Test
    void aCitationNeedsALocatorOrAQuote() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        assertRefused(() -> claim.cite(report, null, null, Stance.SUPPORTS),
                "A citation needs a locator (page, paragraph, ...) or a quote.");
        assertTrue(claim.getCitations().isEmpty(), "a refused citation must not be listed");
    }

    @Test
    void citationsCannotBeAddedThroughTheirView() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);
        Citation citation = new Citation(claim, report, new Locator(LocatorType.PAGE, "1"), null, Stance.SUPPORTS);

        assertThrows(UnsupportedOperationException.class, () -> claim.getCitations().add(citation));
    }

    // review workflow

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @CsvSource({
            "DRAFT,             SUBMITTED",
            "DRAFT,             WITHDRAWN",
            "SUBMITTED,         VERIFIED",
            "SUBMITTED,         REJECTED",
            "SUBMITTED,         CHANGES_REQUESTED",
            "SUBMITTED,         WITHDRAWN",
            "CHANGES_REQUESTED, SUBMITTED",
            "CHANGES_REQUESTED, WITHDRAWN",
            "VERIFIED,          WITHDRAWN",
    })
    void allowsTheWorkflowsMoves(ClaimStatus from, ClaimStatus to) {
        Claim claim = claimIn(from);

        claim.moveTo(to);

        assertEquals(to, claim.getStatus());
    }

    @Test
    void draftToSubmittedToVerifiedIsAllowed() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        claim.moveTo(ClaimStatus.SUBMITTED);
        claim.moveTo(ClaimStatus.VERIFIED);

        assertEquals(ClaimStatus.VERIFIED, claim.getStatus());
    }

    @Test
    void draftToVerifiedIsRefused() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> claim.moveTo(ClaimStatus.VERIFIED));

        assertEquals("A draft claim cannot become verified.", e.getMessage());
        assertEquals(ClaimStatus.DRAFT, claim.getStatus());
    }

    @ParameterizedTest(name = "withdrawn -> {0} is refused")
    @EnumSource(ClaimStatus.class)
    void withdrawnIsFinal(ClaimStatus next) {
        Claim claim = claimIn(ClaimStatus.WITHDRAWN);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> claim.moveTo(next));

        assertTrue(e.getMessage().startsWith("A withdrawn claim cannot become "), e::getMessage);
        assertEquals(ClaimStatus.WITHDRAWN, claim.getStatus());
    }

    @ParameterizedTest(name = "rejected -> {0} is refused")
    @EnumSource(ClaimStatus.class)
    void rejectedIsFinal(ClaimStatus next) {
        Claim claim = claimIn(ClaimStatus.REJECTED);

        assertThrows(IllegalStateException.class, () -> claim.moveTo(next));
        assertEquals(ClaimStatus.REJECTED, claim.getStatus());
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("movesTheWorkflowDoesNotAllow")
    void refusesEveryOtherMoveAndKeepsTheStatus(ClaimStatus from, ClaimStatus to) {
        Claim claim = claimIn(from);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> claim.moveTo(to));

        assertTrue(e.getMessage().contains("cannot become " + to.name().toLowerCase(Locale.ROOT).replace('_', ' ')), e::getMessage);
        assertEquals(from, claim.getStatus());
    }

    @Test
    void theMessageNamesStatusesInWords() {
        Claim claim = claimIn(ClaimStatus.CHANGES_REQUESTED);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> claim.moveTo(ClaimStatus.VERIFIED));

        assertEquals("A changes requested claim cannot become verified.", e.getMessage());
    }

    @Test
    void refusesAMissingStatus() {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);

        assertThrows(NullPointerException.class, () -> claim.moveTo(null));
    }

    @Test
    void onlyDraftsAndClaimsSentBackAreEditableAndOnlyVerifiedOnesArePublic() {
        for (ClaimStatus status : ClaimStatus.values()) {
            boolean editable = status == ClaimStatus.DRAFT || status == ClaimStatus.CHANGES_REQUESTED;
            assertEquals(editable, status.isEditable(), status::name);
            assertEquals(status == ClaimStatus.VERIFIED, status.isPublic(), status::name);
        }
    }

    @Test
    void unsavedClaimsAreEqualOnlyToThemselves() {
        Claim a = new Claim(hrnk, "Same statement.", "en", null, null);
        Claim b = new Claim(hrnk, "Same statement.", "en", null, null);

        assertEquals(a, a);
        assertNotEquals(a, b);
    }

    private static final List<List<ClaimStatus>> ALLOWED = List.of(
            List.of(ClaimStatus.DRAFT, ClaimStatus.SUBMITTED),
            List.of(ClaimStatus.DRAFT, ClaimStatus.WITHDRAWN),
            List.of(ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED),
            List.of(ClaimStatus.SUBMITTED, ClaimStatus.REJECTED),
            List.of(ClaimStatus.SUBMITTED, ClaimStatus.CHANGES_REQUESTED),
            List.of(ClaimStatus.SUBMITTED, ClaimStatus.WITHDRAWN),
            List.of(ClaimStatus.CHANGES_REQUESTED, ClaimStatus.SUBMITTED),
            List.of(ClaimStatus.CHANGES_REQUESTED, ClaimStatus.WITHDRAWN),
            List.of(ClaimStatus.VERIFIED, ClaimStatus.WITHDRAWN));

    static Stream<Arguments> movesTheWorkflowDoesNotAllow() {
        return Arrays.stream(ClaimStatus.values())
                .flatMap(from -> Arrays.stream(ClaimStatus.values()).map(to -> List.of(from, to)))
                .filter(move -> !ALLOWED.contains(move))
                .map(move -> Arguments.of(move.get(0), move.get(1)));
    }

    /** A claim brought to {@code status} through the moves the workflow allows. */
    private Claim claimIn(ClaimStatus status) {
        Claim claim = new Claim(hrnk, "A statement.", "en", null, null);
        List<ClaimStatus> path = switch (status) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(ClaimStatus.SUBMITTED);
            case CHANGES_REQUESTED -> List.of(ClaimStatus.SUBMITTED, ClaimStatus.CHANGES_REQUESTED);
            case VERIFIED -> List.of(ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED);
            case REJECTED -> List.of(ClaimStatus.SUBMITTED, ClaimStatus.REJECTED);
            case WITHDRAWN -> List.of(ClaimStatus.WITHDRAWN);
        };
        path.forEach(claim::moveTo);
        assertEquals(status, claim.getStatus());
        return claim;
    }

    private static void assertRefused(Executable action, String expectedMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(expectedMessage),
                () -> "message \"" + e.getMessage() + "\" should contain \"" + expectedMessage + "\"");
    }
}
