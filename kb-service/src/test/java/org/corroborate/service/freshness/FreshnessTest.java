package org.corroborate.service.freshness;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreshnessTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-02T08:00:00.250Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand hand = new Hand();
    private final Freshness freshness = new Freshness();

    {
        freshness.useClock(hand);
    }

    @Test
    void aPageStaysCurrentUntilAChangeReachesOneOfItsEntries() {
        Set<String> measurePage = Set.of(Freshness.measure("political-prisoners"), Freshness.EVERYTHING);
        Set<String> claimPage = Set.of(Freshness.claim(7), Freshness.EVERYTHING);
        long rendered = freshness.now();

        freshness.mark(List.of(Freshness.claim(8), Freshness.LISTINGS));
        assertTrue(freshness.unchangedSince(measurePage, rendered), "another claim changed");
        assertTrue(freshness.unchangedSince(claimPage, rendered));

        freshness.mark(List.of(Freshness.measure("political-prisoners"), Freshness.claim(7)));
        assertFalse(freshness.unchangedSince(measurePage, rendered));
        assertFalse(freshness.unchangedSince(claimPage, rendered));
        assertTrue(freshness.unchangedSince(measurePage, freshness.now()), "rendered again after the change");

        freshness.mark(List.of(Freshness.EVERYTHING));
        assertFalse(freshness.unchangedSince(Set.of(Freshness.source(3), Freshness.EVERYTHING), freshness.now() - 1));
    }

    @Test
    void lastModifiedIsTheSecondOfTheLatestChangeAndIsSentOnlyOnceThatSecondHasPassed() {
        Set<String> page = Set.of(Freshness.claim(7), Freshness.EVERYTHING);
        Instant start = Instant.parse("2026-12-02T08:00:00Z");
        assertEquals(start, freshness.lastModified(page), "nothing changed since start-up");

        hand.now = Instant.parse("2026-12-02T08:05:10.700Z");
        freshness.mark(List.of(Freshness.claim(7)));
        Instant changed = Instant.parse("2026-12-02T08:05:10Z");
        assertEquals(changed, freshness.lastModified(page));
        assertEquals(start, freshness.lastModified(Set.of(Freshness.claim(8), Freshness.EVERYTHING)));

        assertFalse(freshness.settled(changed), "another change in this second would carry the same date");
        hand.now = Instant.parse("2026-12-02T08:05:11.000Z");
        assertTrue(freshness.settled(changed));
    }
}
