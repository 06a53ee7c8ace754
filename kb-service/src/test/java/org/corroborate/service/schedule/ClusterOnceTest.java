package org.corroborate.service.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ClusterOnceTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void timersFiringALittleApartOnEitherSideOfTheMinuteNameTheSameSlot() {
        String early = ClusterOnce.slot(Instant.parse("2026-12-07T03:41:59.700Z"), MINUTE);
        String late = ClusterOnce.slot(Instant.parse("2026-12-07T03:42:00.400Z"), MINUTE);
        assertEquals("2026-12-07T03:42:00Z", early);
        assertEquals(early, late);
        assertNotEquals(early, ClusterOnce.slot(Instant.parse("2026-12-07T03:43:00.100Z"), MINUTE));
        assertEquals("2026-12-07T04:00:00Z", ClusterOnce.slot(Instant.parse("2026-12-07T04:17:03Z"), Duration.ofHours(1)));
    }
}
