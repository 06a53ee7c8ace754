package org.corroborate.model.claim;

import org.corroborate.model.organization.Organization;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.corroborate.model.source.SourceKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citation's own rules; how a claim lists its citations is in {@code ClaimTest}. */
class CitationTest {

    private final Organization nkdb = new Organization("nkdb", "Database Center for North Korean Human Rights");
    private final Claim claim = new Claim(nkdb, "About 31,000 defectors live in South Korea.", "en", null, null);
    private final Source source = new Source(SourceKind.NEWS_ARTICLE, "Defectors in the South", Confidentiality.PUBLIC, nkdb);
    private final Locator page3 = new Locator(LocatorType.PAGE, "3");

    @Test
    void keepsWhatItAnchorsAndWhen() {
        Citation citation = new Citation(claim, source, page3, null, Stance.SUPPORTS);

        assertEquals(page3, citation.getLocator());
        assertEquals(Stance.SUPPORTS, citation.getStance());
        assertNotNull(citation.getCreatedAt());
    }

    @Test
    void needsALocatorOrAQuote() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Citation(claim, source, null, null, Stance.MENTIONS));

        assertEquals("A citation needs a locator (page, paragraph, ...) or a quote.", e.getMessage());
    }

    @Test
    void needsTheSourceItCites() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Citation(claim, null, page3, null, Stance.SUPPORTS));

        assertEquals("A citation needs the source it cites.", e.getMessage());
    }

    @Test
    void needsAStance() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Citation(claim, source, page3, null, null));

        assertTrue(e.getMessage().startsWith("A citation needs a stance"), e::getMessage);
    }

    @Test
    void needsAClaim() {
        assertThrows(NullPointerException.class, () -> new Citation(null, source, page3, null, Stance.SUPPORTS));
    }

    @Test
    void unsavedCitationsAreEqualOnlyToThemselves() {
        Citation a = new Citation(claim, source, page3, null, Stance.SUPPORTS);
        Citation b = new Citation(claim, source, page3, null, Stance.SUPPORTS);

        assertEquals(a, a);
        assertNotEquals(a, b);
    }

    @Test
    void keepsTheRelayChainInOrderWithItsLocators() {
        Source yonhap = new Source(SourceKind.NEWS_ARTICLE, "Yonhap", Confidentiality.PUBLIC, nkdb);
        Source ministry = new Source(SourceKind.DATASET, "Ministry of Unification", Confidentiality.PUBLIC, nkdb);
        Citation citation = claim.cite(source, page3, null, Stance.SUPPORTS,
                java.util.List.of(new RelayHop(yonhap, null), new RelayHop(ministry, "  table 2 ")));

        assertEquals(2, citation.getRelayedFrom().size());
        assertEquals(yonhap, citation.getRelayedFrom().get(0).getSource());
        assertEquals(null, citation.getRelayedFrom().get(0).getLocator());
        assertEquals("table 2", citation.getRelayedFrom().get(1).getLocator());
    }

    @Test
    void refusesItsOwnSourceARepeatedSourceAndTooManyRelays() {
        Source yonhap = new Source(SourceKind.NEWS_ARTICLE, "Yonhap", Confidentiality.PUBLIC, nkdb);
        Citation citation = new Citation(claim, source, page3, null, Stance.SUPPORTS);

        IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
                () -> citation.relayFrom(java.util.List.of(new RelayHop(source, null))));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> citation.relayFrom(java.util.List.of(new RelayHop(yonhap, null), new RelayHop(yonhap, "p. 2"))));
        java.util.List<RelayHop> six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new RelayHop(new Source(SourceKind.REPORT, "R" + i, Confidentiality.PUBLIC, nkdb), null))
                .toList();
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> citation.relayFrom(six));

        assertEquals("A citation cannot name its own source as a relay.", own.getMessage());
        assertEquals("A relay chain names each source once.", twice.getMessage());
        assertEquals("A citation names at most 5 relays.", many.getMessage());
        assertTrue(citation.getRelayedFrom().isEmpty());
    }
}
