package org.corroborate.model.source;

import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTest {

    private final Organization hrnk = new Organization("hrnk", "Committee for Human Rights in North Korea");

    @Test
    void aSourceKeepsItsKindStrippedTitleConfidentialityAndHolder() {
        Source source = new Source(SourceKind.REPORT, "  The Hidden Gulag ", Confidentiality.HOLDER_ONLY, hrnk);

        assertEquals(SourceKind.REPORT, source.getKind());
        assertEquals("The Hidden Gulag", source.getTitle());
        assertEquals(Confidentiality.HOLDER_ONLY, source.getConfidentiality());
        assertEquals(hrnk, source.getHolder());
    }

    @ParameterizedTest(name = "title \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesABlankTitle(String title) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Source(SourceKind.REPORT, title, Confidentiality.PUBLIC, hrnk));

        assertEquals("A source needs a title.", e.getMessage());
    }

    @Test
    void refusesAMissingKindConfidentialityOrHolder() {
        NullPointerException noKind = assertThrows(NullPointerException.class,
                () -> new Source(null, "Title", Confidentiality.PUBLIC, hrnk));
        NullPointerException noConfidentiality = assertThrows(NullPointerException.class,
                () -> new Source(SourceKind.REPORT, "Title", null, hrnk));
        NullPointerException noHolder = assertThrows(NullPointerException.class,
                () -> new Source(SourceKind.REPORT, "Title", Confidentiality.PUBLIC, null));

        assertEquals("A source needs a kind.", noKind.getMessage());
        assertEquals("A source needs a confidentiality level.", noConfidentiality.getMessage());
        assertEquals("A source needs the organization that holds it.", noHolder.getMessage());
    }

    @ParameterizedTest(name = "a {0} source is public: only when PUBLIC")
    @EnumSource(Confidentiality.class)
    void onlyAPublicSourceIsPublic(Confidentiality confidentiality) {
        Source source = new Source(SourceKind.REPORT, "Title", confidentiality, hrnk);

        assertEquals(confidentiality == Confidentiality.PUBLIC, source.isPublic());
    }

    @Test
    void aSourceCannotRelayItself() {
        Source source = new Source(SourceKind.NEWS_ARTICLE, "Op-ed", Confidentiality.PUBLIC, hrnk);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.relay(source));

        assertEquals("A source cannot relay itself.", e.getMessage());
        assertTrue(source.getRelays().isEmpty());
    }

    @Test
    void relaysTheSourcesItRepeatsOnce() {
        Source opEd = new Source(SourceKind.NEWS_ARTICLE, "Op-ed", Confidentiality.PUBLIC, hrnk);
        Source inquiry = new Source(SourceKind.UN_DOCUMENT, "Commission of Inquiry report", Confidentiality.PUBLIC, hrnk);

        opEd.relay(inquiry);
        opEd.relay(inquiry);

        assertEquals(Set.of(inquiry), opEd.getRelays());
        assertThrows(UnsupportedOperationException.class, () -> opEd.getRelays().clear());
    }

    @Test
    void authorsKeepTheirOrderAndAreACopy() {
        Source source = new Source(SourceKind.BOOK, "Title", Confidentiality.PUBLIC, hrnk);
        List<Author> authors = new ArrayList<>(List.of(Author.person("Hawk", "David"), Author.literal("HRNK")));

        source.setAuthors(authors);
        authors.clear();

        assertEquals(List.of(Author.person("Hawk", "David"), Author.literal("HRNK")), source.getAuthors());
    }

    @Test
    void describeSetsTheCslFields() {
        Source source = new Source(SourceKind.UN_DOCUMENT, "Report of the Commission of Inquiry", Confidentiality.PUBLIC, hrnk);

        source.describe(null, "United Nations", "Geneva", PartialDate.parse("2014-02"), "https://example.org/coi",
                null, "en", "A/HRC/25/CRP.1");

        assertNull(source.getContainerTitle());
        assertEquals("United Nations", source.getPublisher());
        assertEquals(PartialDate.parse("2014-02"), source.getIssued());
        assertEquals("A/HRC/25/CRP.1", source.getNumber());
    }

    @Test
    void unsavedSourcesAreEqualOnlyToThemselves() {
        Source a = new Source(SourceKind.REPORT, "Title", Confidentiality.PUBLIC, hrnk);
        Source b = new Source(SourceKind.REPORT, "Title", Confidentiality.PUBLIC, hrnk);

        assertEquals(a, a);
        assertNotEquals(a, b);
        assertFalse(a.equals(null));
    }
}
