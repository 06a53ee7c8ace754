package org.corroborate.service.source.bibliography;

import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.source.NewSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateFinderTest {

    private static NewSource source(String title, String issued, String url, String doi) {
        return new NewSource("hrnk", SourceKind.REPORT, title, List.of(), null, null, null, issued, null, url, doi,
                null, null, null, Confidentiality.PUBLIC, List.of());
    }

    @Test
    void normalizedTitlesIgnoreCasePunctuationDiacriticsAndSpacing() {
        assertEquals("report of the commission s findings", DuplicateKeys.title("  Report of the Commission’s   Findings! "));
        assertEquals(DuplicateKeys.title("Café  Résumé"), DuplicateKeys.title("cafe resume"));
        assertEquals("북한 인권 보고서 2023", DuplicateKeys.title("북한 인권 보고서, 2023"));
        assertEquals("10.1000/xyz", DuplicateKeys.doi("https://doi.org/10.1000/XYZ"));
        assertEquals(DuplicateKeys.url("https://www.example.org/report/"), DuplicateKeys.url("http://example.org/report#top"));
    }

    @Test
    void findsExistingSourcesBySameDoiUrlOrTitleAndYear() {
        DuplicateFinder finder = new DuplicateFinder(List.of(
                new DuplicateFinder.Known(7, "The Hidden Gulag", null, null, "2012-04", true),
                new DuplicateFinder.Known(8, "Another", "10.1000/abc", null, null, false),
                new DuplicateFinder.Known(9, "Third", null, "https://example.org/third", "2001", true)));

        List<DuplicateCandidate> byTitle = finder.candidates(1, source("the hidden gulag.", "2012", null, null));
        assertEquals(1, byTitle.size());
        assertEquals(7L, byTitle.get(0).sourceId());
        assertEquals(DuplicateCandidate.Reason.TITLE_YEAR, byTitle.get(0).reason());
        assertTrue(byTitle.get(0).mergeable());

        assertTrue(finder.candidates(2, source("The Hidden Gulag", "2013", null, null)).isEmpty(),
                "same title, another year: not a duplicate");

        List<DuplicateCandidate> byDoi = finder.candidates(3, source("Different title", null, null, "doi:10.1000/ABC"));
        assertEquals(DuplicateCandidate.Reason.DOI, byDoi.get(0).reason());
        assertEquals(8L, byDoi.get(0).sourceId());

        List<DuplicateCandidate> byUrl = finder.candidates(4, source("Other", null, "http://www.example.org/third/", null));
        assertEquals(DuplicateCandidate.Reason.URL, byUrl.get(0).reason());
    }

    @Test
    void findsDuplicatesWithinTheFile() {
        DuplicateFinder finder = new DuplicateFinder(List.of());
        assertTrue(finder.candidates(1, source("Famine in 1990s", "1998", null, "10.1/x")).isEmpty());
        List<DuplicateCandidate> second = finder.candidates(2, source("FAMINE IN 1990S", "1998", null, null));
        assertEquals(1, second.size());
        assertEquals(1, second.get(0).recordIndex());
        assertEquals(DuplicateCandidate.Reason.TITLE_YEAR, second.get(0).reason());
        List<DuplicateCandidate> third = finder.candidates(3, source("Something else", null, null, "10.1/X"));
        assertEquals(DuplicateCandidate.Reason.DOI, third.get(0).reason());
        assertEquals(1, third.get(0).recordIndex());
    }

    @Test
    void mergeOnDuplicateChoosesTheFirstSourceOfOnesOwnOrganizationElseSkips() {
        ImportRecord own = new ImportRecord(1, "a", 1, BibliographyFormat.BIBTEX, source("A", null, null, null), List.of(),
                List.of(new DuplicateCandidate(5L, null, "A", DuplicateCandidate.Reason.DOI, false),
                        new DuplicateCandidate(6L, null, "A", DuplicateCandidate.Reason.URL, true)));
        assertEquals(Decision.merge(6), Decision.of(own, Decision.OnDuplicate.MERGE));
        ImportRecord others = new ImportRecord(2, "b", 1, BibliographyFormat.BIBTEX, source("B", null, null, null), List.of(),
                List.of(new DuplicateCandidate(5L, null, "B", DuplicateCandidate.Reason.DOI, false)));
        assertEquals(Decision.skip(), Decision.of(others, Decision.OnDuplicate.MERGE));
        assertEquals(Decision.skip(), others.defaultDecision());
    }
}
