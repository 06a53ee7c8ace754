package org.corroborate.service.freshness;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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

    private static RecordedChange change(long position, String at, String... reach) {
        return new RecordedChange(position, Instant.parse(at), "claim", position, true, Set.of(reach));
    }

    @Test
    void anEntryMovesOnlyWithTheChangesThatReachIt() {
        Set<String> measurePage = Set.of(Freshness.measure("political-prisoners"), Freshness.EVERYTHING);
        Set<String> claimPage = Set.of(Freshness.claim(7), Freshness.EVERYTHING);
        assertEquals(0, freshness.version(measurePage).position(), "nothing recorded yet");

        freshness.apply(List.of(change(1, "2026-12-02T08:00:01Z", Freshness.claim(8), Freshness.LISTINGS)));
        assertEquals(0, freshness.version(measurePage).position(), "another claim changed");
        assertEquals(0, freshness.version(claimPage).position());

        freshness.apply(List.of(change(2, "2026-12-02T08:00:02Z", Freshness.measure("political-prisoners"),
                Freshness.claim(7))));
        assertEquals(2, freshness.version(measurePage).position());
        assertEquals(2, freshness.version(claimPage).position());

        freshness.apply(List.of(change(3, "2026-12-02T08:00:03Z", Freshness.EVERYTHING)));
        assertEquals(3, freshness.version(Set.of(Freshness.source(3), Freshness.EVERYTHING)).position());
    }

    @Test
    void aChangeAppliedTwiceOrLateNeverMovesAnEntryBack() {
        Set<String> claimPage = Set.of(Freshness.claim(7), Freshness.EVERYTHING);
        freshness.apply(List.of(change(5, "2026-12-02T08:00:05Z", Freshness.claim(7))));
        // the load at start and the first batch may both hold an older change
        freshness.apply(List.of(change(4, "2026-12-02T08:00:04Z", Freshness.claim(7)),
                change(5, "2026-12-02T08:00:05Z", Freshness.claim(7))));
        assertEquals(5, freshness.version(claimPage).position());
        assertEquals(Optional.of(Instant.parse("2026-12-02T08:00:05Z")), freshness.version(claimPage).modified());
    }

    @Test
    void lastModifiedIsTheSecondOfTheLatestChangeAndIsSentOnlyOnceThatSecondHasPassed() {
        Set<String> page = Set.of(Freshness.claim(7), Freshness.EVERYTHING);
        assertEquals(Optional.empty(), freshness.version(page).modified(), "no change recorded: no date to give");

        freshness.apply(List.of(change(1, "2026-12-02T08:05:10.700Z", Freshness.claim(7))));
        Instant changed = Instant.parse("2026-12-02T08:05:10Z");
        assertEquals(Optional.of(changed), freshness.version(page).modified());
        assertEquals(Optional.empty(), freshness.version(Set.of(Freshness.claim(8), Freshness.EVERYTHING)).modified());

        hand.now = Instant.parse("2026-12-02T08:05:10.900Z");
        assertFalse(freshness.settled(changed), "another change in this second would carry the same date");
        hand.now = Instant.parse("2026-12-02T08:05:11.000Z");
        assertTrue(freshness.settled(changed));
    }
}
