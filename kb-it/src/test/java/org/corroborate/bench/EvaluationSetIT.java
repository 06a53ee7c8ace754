package org.corroborate.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evaluation set holds together: both files parse, every pair of the key names two existing claims of one
 * measure with known verdicts, and the set is as large as docs/evaluation.md says. It needs no server (the
 * evaluation itself, {@link EvaluationRun}, is a measurement run apart from the tests).
 */
class EvaluationSetIT {

    private final EvaluationSet set = EvaluationSet.load();

    @Test
    void everyClaimAndEveryPairOfTheKeyHoldsTogether() {
        assertEquals(List.of(), set.problems());
    }

    @Test
    void theSetIsLargeEnoughToTellRulesApart() {
        assertTrue(set.claims().size() >= 137, "claims: " + set.claims().size());
        assertTrue(set.measures().size() >= 9, "measures: " + set.measures().size());
        assertTrue(set.key().size() >= 98, "telling pairs: " + set.key().size());
        Set<String> verdicts = set.key().stream().map(EvaluationSet.Pair::expected).collect(Collectors.toSet());
        assertTrue(verdicts.containsAll(Set.of("AGREES", "CONFLICTS", "NOT_COMPARABLE", "DUPLICATE", "REVISION")),
                "the key expects each main verdict at least once: " + verdicts);
        Set<String> kinds = set.measures().stream().map(EvaluationSet.Measure::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("FLOW", "STOCK", "CUMULATIVE", "EVENT", "RATE")),
                "the set has a measure of every kind: " + kinds);
        Set<String> measuresInKey = set.key().stream().map(p -> set.claimsByKey().get(p.a()).measure())
                .collect(Collectors.toSet());
        assertEquals(set.measures().size(), measuresInKey.size(), "every measure has telling pairs: " + measuresInKey);
    }

    @Test
    void everyClaimQuotesItsSourceAndEverySourceHasAnAddressOrSaysWhyNot() {
        for (EvaluationSet.Source s : set.sources()) {
            assertTrue(s.url() != null || s.note() != null, s.key() + " has neither an address nor a note");
        }
        for (EvaluationSet.Claim c : set.claims()) {
            assertTrue(c.quote().length() > c.phrase().length(), c.key() + ": the quote is a sentence around the phrase");
        }
    }
}
