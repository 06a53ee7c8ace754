package org.corroborate.model.crossref;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counting independent origins by following relays. */
class OriginsTest {

    @Test
    void threeArticlesRelayingTheCommissionOfInquiryAreOneOrigin() {
        long coi = 1;
        Map<Long, Set<Long>> origins = new LinkedHashMap<>();
        origins.put(11L, Set.of(coi));            // commentary relaying the COI
        origins.put(12L, Set.of(coi));            // op-ed relaying the COI
        origins.put(13L, Set.of(coi, 5L));        // news report relaying the COI and a think tank
        origins.put(14L, Set.of(9L));             // HRNK's own interviews
        List<Set<Long>> groups = Origins.groups(origins);
        assertEquals(2, groups.size());
        assertEquals(Set.of(11L, 12L, 13L), groups.get(0));
        assertEquals(Set.of(14L), groups.get(1));
    }

    @Test
    void sharingIsTransitive() {
        Map<Long, Set<Long>> origins = new LinkedHashMap<>();
        origins.put(1L, Set.of(100L));
        origins.put(2L, Set.of(200L));
        origins.put(3L, Set.of(100L, 200L));  // links the first two
        assertEquals(1, Origins.groups(origins).size());
    }

    @Test
    void independentSourcesAreEachTheirOwnOrigin() {
        Map<Long, Set<Long>> origins = new LinkedHashMap<>();
        origins.put(1L, Set.of(100L));
        origins.put(2L, Set.of(200L));
        origins.put(3L, Set.of(300L));
        assertEquals(3, Origins.groups(origins).size());
        assertTrue(Origins.shareOrigin(Set.of(1L, 2L), Set.of(2L)));
        assertFalse(Origins.shareOrigin(Set.of(1L), Set.of(2L)));
    }
}
