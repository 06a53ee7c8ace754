package org.corroborate.model.reconciliation;

import org.corroborate.model.measure.Measure;
import org.corroborate.model.measure.MeasureKind;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.Interval;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reconciliations: what a draft may hold, what publishing needs, and the figures rules suggest. */
class ReconciliationTest {

    private static final Measure CAMPS = new Measure("political-prisoners", "People held in political prison camps",
            "People held in North Korea's political prison camps on a date.", Unit.PERSONS, MeasureKind.STOCK, null);
    private static final Measure SHARE = new Measure("trafficked-share", "Share of refugee women trafficked",
            "Share of North Korean refugee women in China who are trafficked.", Unit.PERCENT, MeasureKind.STOCK, null);

    private static ReconciledFigure figure(long low, long high, Long best) {
        return new ReconciledFigure(BigDecimal.valueOf(low), BigDecimal.valueOf(high), best == null ? null : BigDecimal.valueOf(best));
    }

    @Test
    void aDeprecatedClaimNeedsAReasonAndOtherNeedsANote() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Assignment(7, CandidateRole.DEPRECATED, null, null));
        assertTrue(e.getMessage().contains("say why"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Assignment(7, CandidateRole.DEPRECATED, DeprecationReason.OTHER, " "));
        assertEquals(DeprecationReason.RELAYED_FIGURE,
                new Assignment(7, CandidateRole.DEPRECATED, DeprecationReason.RELAYED_FIGURE, null).getReason());
        assertNull(new Assignment(7, CandidateRole.RECOMMENDED, DeprecationReason.OUTDATED, null).getReason(),
                "only a deprecated claim keeps a reason");
    }

    @Test
    void theFigureMustBePossible() {
        assertThrows(IllegalArgumentException.class, () -> figure(120_000, 80_000, null), "low above high");
        assertThrows(IllegalArgumentException.class, () -> figure(80_000, 120_000, 130_000L), "best outside");
        Reconciliation share = new Reconciliation(SHARE);
        assertThrows(IllegalArgumentException.class, () -> share.revise(Rule.MOST_RECENT, figure(70, 120, null), null,
                null, List.of(), "editor", "hrnk"), "120 percent");
        Reconciliation camps = new Reconciliation(CAMPS);
        assertThrows(IllegalArgumentException.class, () -> camps.revise(Rule.MOST_RECENT, null, null, null,
                List.of(new Assignment(1, CandidateRole.RECOMMENDED, null, null),
                        new Assignment(1, CandidateRole.TRIANGULATION, null, null)), "editor", "hrnk"), "one role per claim");
    }

    @Test
    void publishingNeedsARuleAFigureARecommendedClaimAndARationale() {
        Reconciliation r = new Reconciliation(CAMPS);
        r.revise(null, null, null, null, List.of(), "editor", "hrnk");
        assertTrue(assertThrows(IllegalStateException.class, () -> r.publish("editor", "org")).getMessage().contains("rule"));
        r.revise(Rule.ENVELOPE_OF_INDEPENDENT, null, null, null, List.of(), "editor", "hrnk");
        assertTrue(assertThrows(IllegalStateException.class, () -> r.publish("editor", "org")).getMessage().contains("figure"));
        r.revise(Rule.ENVELOPE_OF_INDEPENDENT, figure(80_000, 120_000, null), null, null,
                List.of(new Assignment(1, CandidateRole.TRIANGULATION, null, null)), "editor", "hrnk");
        assertTrue(assertThrows(IllegalStateException.class, () -> r.publish("editor", "org")).getMessage().contains("Recommend"));
        r.revise(Rule.ENVELOPE_OF_INDEPENDENT, figure(80_000, 120_000, null), null, null,
                List.of(new Assignment(1, CandidateRole.RECOMMENDED, null, null)), "editor", "hrnk");
        assertTrue(assertThrows(IllegalStateException.class, () -> r.publish("editor", "org")).getMessage().contains("rationale"));
        assertEquals(0, r.getPublishedCount(), "nothing was published by the refusals");
    }

    @Test
    void versionsAreNumberedAndKeepTheirOwnCopyOfTheRoles() {
        Reconciliation r = new Reconciliation(CAMPS);
        r.markNeedsReview();
        assertFalse(r.isNeedsReview(), "nothing published, nothing to re-review");
        r.revise(Rule.ENVELOPE_OF_INDEPENDENT, figure(80_000, 120_000, null), Period.asOf(PartialDate.parse("2017")),
                "Two independent origins.", List.of(new Assignment(1, CandidateRole.RECOMMENDED, null, null)), "editor", "hrnk");
        r.approve("other-editor", "nauh");
        ReconciliationVersion v1 = r.publish("editor", "link");
        assertEquals(1, v1.getNumber());
        r.markNeedsReview();
        assertTrue(r.isNeedsReview());
        r.revise(Rule.MOST_CONSERVATIVE, figure(80_000, 80_000, 80_000L), null, "The lower count.",
                List.of(new Assignment(2, CandidateRole.RECOMMENDED, null, null)), "editor", "hrnk");
        r.approve("other-editor", "nauh");
        ReconciliationVersion v2 = r.publish("editor", "link");
        assertEquals(2, v2.getNumber());
        assertFalse(r.isNeedsReview(), "publishing clears it");
        assertEquals(1, v1.getAssignments().get(0).getClaimId(), "version 1 keeps its roles");
        assertEquals(0, BigDecimal.valueOf(120_000).compareTo(v1.getFigure().high()));
        assertEquals("Two independent origins.", v1.getRationale());
    }

    @Test
    void rulesSuggestTheFigureFromTheRecommendedClaims() {
        var commission = new RuleSuggestion.Recommended(Interval.closed(BigDecimal.valueOf(80_000), BigDecimal.valueOf(120_000)),
                LocalDate.of(2014, 12, 31));
        var hrnk = new RuleSuggestion.Recommended(Interval.closed(BigDecimal.ZERO, BigDecimal.valueOf(120_000)),
                LocalDate.of(2017, 12, 31));
        var census = new RuleSuggestion.Recommended(Interval.point(BigDecimal.valueOf(95_000)), LocalDate.of(2016, 6, 30));
        ReconciledFigure envelope = RuleSuggestion.suggest(Rule.ENVELOPE_OF_INDEPENDENT, List.of(commission, hrnk, census)).orElseThrow();
        assertEquals(0, BigDecimal.ZERO.compareTo(envelope.low()));
        assertEquals(0, BigDecimal.valueOf(120_000).compareTo(envelope.high()));
        ReconciledFigure recent = RuleSuggestion.suggest(Rule.MOST_RECENT, List.of(commission, census)).orElseThrow();
        assertEquals(0, BigDecimal.valueOf(95_000).compareTo(recent.best()), "a point figure is its own best estimate");
        ReconciledFigure conservative = RuleSuggestion.suggest(Rule.MOST_CONSERVATIVE, List.of(commission, census)).orElseThrow();
        assertEquals(0, BigDecimal.valueOf(95_000).compareTo(conservative.high()), "the lowest figure");
        assertTrue(RuleSuggestion.suggest(Rule.EDITORS_JUDGEMENT, List.of(commission)).isEmpty());
        var unbounded = new RuleSuggestion.Recommended(Interval.of(BigDecimal.valueOf(31_000), true, null, false), (Period) null);
        assertTrue(RuleSuggestion.suggest(Rule.ENVELOPE_OF_INDEPENDENT, List.of(unbounded)).isEmpty(), "nothing to bound");
    }

    @Test
    void onlyAnotherOrganizationApprovesAndAnyChangeWithdrawsTheApproval() {
        Reconciliation r = new Reconciliation(CAMPS);
        r.revise(Rule.ENVELOPE_OF_INDEPENDENT, figure(80_000, 120_000, null), null, "Two independent origins.",
                List.of(new Assignment(1, CandidateRole.RECOMMENDED, null, null)), "hrnk-editor", "hrnk");
        assertTrue(assertThrows(IllegalStateException.class, () -> r.publish("hrnk-editor", "hrnk")).getMessage()
                .contains("another organization"), "not without approval");
        assertFalse(r.mayBeApprovedBy("hrnk"));
        assertThrows(IllegalStateException.class, () -> r.approve("hrnk-editor-2", "hrnk"), "the drafting organization");
        assertFalse(r.isApproved());

        r.approve("nauh-editor", "nauh");
        assertTrue(r.isApproved());
        assertEquals("nauh", r.getApprovedOrganization());
        r.revise(Rule.ENVELOPE_OF_INDEPENDENT, figure(80_000, 130_000, null), null, "Two independent origins.",
                List.of(new Assignment(1, CandidateRole.RECOMMENDED, null, null)), "hrnk-editor", "hrnk");
        assertFalse(r.isApproved(), "a change after approval needs approval again");
        assertThrows(IllegalStateException.class, () -> r.publish("hrnk-editor", "hrnk"));

        r.approve("nauh-editor", "nauh");
        ReconciliationVersion v1 = r.publish("hrnk-editor", "hrnk");
        assertEquals("hrnk", v1.getDraftedOrganization());
        assertEquals("nauh", v1.getApprovedOrganization());
        assertEquals("nauh-editor", v1.getApprovedBy());
        assertFalse(r.isApproved(), "the approval is used up by publishing");
        assertThrows(IllegalStateException.class, () -> r.publish("hrnk-editor", "hrnk"), "version 2 needs its own approval");
        assertEquals(1, r.getPublishedCount());
    }

    @Test
    void aDraftOfNoKnownOrganizationIsApprovedByNobody() {
        Reconciliation r = new Reconciliation(CAMPS);
        r.revise(Rule.ENVELOPE_OF_INDEPENDENT, figure(80_000, 120_000, null), null, "Two independent origins.",
                List.of(new Assignment(1, CandidateRole.RECOMMENDED, null, null)), "platform-admin", null);
        assertFalse(r.mayBeApprovedBy("nauh"));
        assertThrows(IllegalStateException.class, () -> r.approve("nauh-editor", "nauh"));
    }

    @Test
    void anIncompleteDraftCannotBeApproved() {
        Reconciliation r = new Reconciliation(CAMPS);
        r.revise(Rule.ENVELOPE_OF_INDEPENDENT, figure(80_000, 120_000, null), null, null,
                List.of(new Assignment(1, CandidateRole.RECOMMENDED, null, null)), "hrnk-editor", "hrnk");
        assertTrue(assertThrows(IllegalStateException.class, () -> r.approve("nauh-editor", "nauh")).getMessage()
                .contains("rationale"));
        assertFalse(r.isApproved());
    }

    @Test
    void rulesSuggestThePeriodThatGoesWithTheFigure() {
        var commission = new RuleSuggestion.Recommended(Interval.closed(BigDecimal.valueOf(80_000), BigDecimal.valueOf(120_000)),
                Period.asOf(PartialDate.parse("2014")));
        var hrnk = new RuleSuggestion.Recommended(Interval.closed(BigDecimal.ZERO, BigDecimal.valueOf(120_000)),
                Period.between(PartialDate.parse("2015-03"), PartialDate.parse("2017")));
        var census = new RuleSuggestion.Recommended(Interval.point(BigDecimal.valueOf(95_000)),
                Period.asOf(PartialDate.parse("2016-06-30")));
        assertEquals(Period.between(PartialDate.parse("2014"), PartialDate.parse("2017")),
                RuleSuggestion.suggestPeriod(Rule.ENVELOPE_OF_INDEPENDENT, List.of(commission, hrnk, census)).orElseThrow(),
                "from the earliest start to the latest end");
        assertEquals(Period.between(PartialDate.parse("2015-03"), PartialDate.parse("2017")),
                RuleSuggestion.suggestPeriod(Rule.MOST_RECENT, List.of(commission, hrnk, census)).orElseThrow());
        assertEquals(Period.asOf(PartialDate.parse("2016-06-30")),
                RuleSuggestion.suggestPeriod(Rule.MOST_CONSERVATIVE, List.of(commission, census)).orElseThrow(),
                "the period of the lowest figure");
        assertTrue(RuleSuggestion.suggestPeriod(Rule.EDITORS_JUDGEMENT, List.of(commission)).isEmpty());
        var undated = new RuleSuggestion.Recommended(Interval.point(BigDecimal.valueOf(1)), (Period) null);
        assertTrue(RuleSuggestion.suggestPeriod(Rule.ENVELOPE_OF_INDEPENDENT, List.of(undated)).isEmpty());
    }
}
