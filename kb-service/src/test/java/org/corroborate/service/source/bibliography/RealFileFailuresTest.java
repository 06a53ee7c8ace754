package org.corroborate.service.source.bibliography;

import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.source.NewSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way real bibliographic files were misread (issue 15), one test each. */
class RealFileFailuresTest {

    private static List<ParsedRecord> read(BibliographyFormat format, String text) {
        return BibliographyReader.read(format, text);
    }

    private static NewSource only(BibliographyFormat format, String text) {
        List<ParsedRecord> records = read(format, text);
        assertEquals(1, records.size(), records.toString());
        assertNotNull(records.get(0).item(), () -> records.get(0).problems().toString());
        return CslMapping.map(records.get(0).item(), "hrnk", Confidentiality.PUBLIC).source();
    }

    private static List<String> problemKeys(ParsedRecord r) {
        return r.problems().stream().map(p -> p.message().key()).toList();
    }

    private static String firstAuthor(NewSource s) {
        NewSource.NewAuthor a = s.authors().get(0);
        return a.literal() != null ? "literal:" + a.literal() : a.family() + ", " + a.given();
    }

    @Test
    void risContinuationLinesBelongToTheTagBeforeThemInsteadOfRefusingTheRecord() {
        NewSource s = only(BibliographyFormat.RIS, """
                TY  - JOUR
                TI  - Forced repatriation of North Korean
                refugees from China
                AU  - Kim, Minji
                KW  - refugees
                repatriation
                PY  - 2021
                ER  -
                """);
        assertEquals("Forced repatriation of North Korean refugees from China", s.title());
        assertEquals("Kim, Minji", firstAuthor(s));
    }

    @Test
    void risTypeNamesAsReferenceManagersSpellThemAreUnderstood() {
        assertEquals(SourceKind.BOOK, only(BibliographyFormat.RIS, "TY  - Chap\nTI  - A chapter\nPY  - 2019\nER  -\n").kind());
        assertEquals(SourceKind.JOURNAL_ARTICLE, only(BibliographyFormat.RIS, "TY  - Journ\nTI  - An article\nER  -\n").kind());
        assertEquals(SourceKind.JOURNAL_ARTICLE,
                only(BibliographyFormat.RIS, "TY  - Journal Article\nTI  - An article\nER  -\n").kind());
        assertEquals(SourceKind.REPORT, only(BibliographyFormat.RIS, "TY  - Report\nTI  - A report\nER  -\n").kind());
    }

    @Test
    void aRisRecordWithoutItsFinalErIsReadWithAWarning() {
        List<ParsedRecord> records = read(BibliographyFormat.RIS, """
                TY  - RPRT
                TI  - First
                ER  -
                TY  - RPRT
                TI  - Second, the file ends without ER
                PY  - 2020""");
        assertEquals(2, records.size());
        assertNotNull(records.get(1).item());
        assertEquals("Second, the file ends without ER", records.get(1).item().getTitle());
        assertTrue(problemKeys(records.get(1)).contains("risNoEnd"));
        assertTrue(records.get(1).problems().stream().noneMatch(Problem::isError));
    }

    @Test
    void anExportsHeaderBeforeARisRecordIsAWarningOnTheRecordNotARecordOfItsOwn() {
        List<ParsedRecord> records = read(BibliographyFormat.RIS, """
                Record #1 of 1
                Provider: Provider
                1.
                TY  - JOUR
                TI  - Title of reference
                ER  -
                """);
        assertEquals(1, records.size());
        assertNotNull(records.get(0).item());
        assertTrue(problemKeys(records.get(0)).contains("risOutside"));
        assertTrue(records.get(0).problems().stream().noneMatch(Problem::isError));
        assertTrue(read(BibliographyFormat.RIS, "not RIS at all\n").get(0).problems().get(0).isError());
    }

    @Test
    void risT1A1Y1AreTheTitleAuthorsAndYearAndAnEditorDoesNotBecomeTheAuthor() {
        NewSource s = only(BibliographyFormat.RIS, """
                TY  - JOUR
                T1  - Title of reference
                A1  - Marx, Karl
                A2  - Glattauer, Daniel
                Y1  - 2014//
                JF  - Lorem
                ER  -
                """);
        assertEquals("Title of reference", s.title());
        assertEquals("Marx, Karl", firstAuthor(s));
        assertEquals(1, s.authors().size());
        assertEquals("2014", s.issued());
        assertEquals("Lorem", s.containerTitle());
    }

    @Test
    void anOrganizationAsRisAuthorStaysOneName() {
        NewSource s = only(BibliographyFormat.RIS, """
                TY  - RPRT
                TI  - World Report 2024
                AU  - Human Rights Watch
                AU  - Robertson, Phil
                PY  - 2024
                ER  -
                """);
        assertEquals("literal:Human Rights Watch", firstAuthor(s));
        assertEquals("Robertson, Phil", s.authors().get(1).family() + ", " + s.authors().get(1).given());
    }

    @Test
    void anOrganizationInDoubleBracesAsBibtexAuthorStaysOneName() {
        NewSource s = only(BibliographyFormat.BIBTEX,
                "@techreport{hrw2024, author = {{Human Rights Watch} and Robertson, Phil}, title = {World Report}, year = 2024}");
        assertEquals("Human Rights Watch", s.authors().get(0).literal() != null ? s.authors().get(0).literal()
                : s.authors().get(0).family());
        assertNull(s.authors().get(0).given());
        assertEquals("Robertson", s.authors().get(1).family());
    }

    @Test
    void biblatexFamilyGivenNamesAreRead() {
        NewSource s = only(BibliographyFormat.BIBTEX, """
                @book{vangennep,
                  author = {family=Gennep, given=Arnold, prefix=van, useprefix=true and given=Monika B., family=Vizedom},
                  title = {Les rites de passage},
                  date = 1909,
                }
                """);
        assertEquals("van Gennep", s.authors().get(0).family(), s.authors().toString());
        assertEquals("Arnold", s.authors().get(0).given());
        assertEquals("Vizedom", s.authors().get(1).family());
        assertEquals("Monika B.", s.authors().get(1).given());
    }

    @Test
    void crossrefFieldsAreInheritedFromTheParentWhereverItIsInTheFile() {
        List<ParsedRecord> records = read(BibliographyFormat.BIBTEX, """
                @incollection{westfahl:space,
                  author = {Westfahl, Gary}, title = {The True Frontier}, pages = {55-65}, crossref = {westfahl:frontier}}
                @collection{westfahl:frontier,
                  editor = {Westfahl, Gary}, title = {Space and Beyond}, date = 2000, publisher = {Greenwood}}
                """);
        NewSource s = CslMapping.map(records.get(0).item(), "hrnk", Confidentiality.PUBLIC).source();
        assertEquals("The True Frontier", s.title());
        assertEquals("2000", s.issued());
        assertEquals("Space and Beyond", s.containerTitle());
        assertEquals("Greenwood", s.publisher());
        assertEquals("55-65", s.page());
    }

    @Test
    void aCitationKeyInKoreanIsKept() {
        List<ParsedRecord> records = read(BibliographyFormat.BIBTEX,
                "@report{김2014통일연구원, title = {북한인권백서}, author = {{통일연구원}}, year = {2014}}");
        assertEquals("김2014통일연구원", records.get(0).key());
        assertNotNull(records.get(0).item(), () -> records.get(0).problems().toString());
        assertEquals("북한인권백서", records.get(0).item().getTitle());
    }

    @Test
    void anAccentWrittenWithASpaceIsDecoded() {
        NewSource s = only(BibliographyFormat.BIBTEX,
                "@article{g, author = {G{\\\" o}del, Kurt and Aks{\\i}n, {\\\"O}zge}, title = {{\\\" U}ber formal unentscheidbare S{\\\"a}tze}, year = 1931}");
        assertEquals("Gödel", s.authors().get(0).family());
        assertEquals("Aksın", s.authors().get(1).family());
        assertEquals("Über formal unentscheidbare Sätze", s.title());
    }

    @Test
    void anUndefinedStringIsLeftOutWithAWarningNotKeptAsText() {
        List<ParsedRecord> records = read(BibliographyFormat.BIBTEX,
                "@article{a, title = {Title}, journal = jomch, year = 2006}");
        NewSource s = CslMapping.map(records.get(0).item(), "hrnk", Confidentiality.PUBLIC).source();
        assertNull(s.containerTitle());
        assertTrue(problemKeys(records.get(0)).contains("undefinedString"));
        assertTrue(records.get(0).problems().get(0).text(Locale.ENGLISH).contains("jomch"));
    }

    @Test
    void anIsoDateTimeInDateKeepsItsDay() {
        assertEquals("2019-03-07", only(BibliographyFormat.BIBTEX,
                "@online{w, title = {Page}, date = {2019-03-07T10:32:00Z}, urldate = {2020-01-02T08:00:00+09:00}}").issued());
        assertEquals("2019-03-07", only(BibliographyFormat.CSL_JSON,
                "[{\"id\":\"x\",\"type\":\"webpage\",\"title\":\"Page\",\"issued\":{\"raw\":\"2019-03-07T10:32:00Z\"}}]").issued());
    }

    @Test
    void aCslSeasonDateKeepsItsYear() {
        assertEquals("2001", only(BibliographyFormat.CSL_JSON,
                "[{\"id\":\"s1\",\"type\":\"article-journal\",\"title\":\"Spring\",\"issued\":{\"date-parts\":[[2001,21]]}}]").issued());
        assertEquals("2001", only(BibliographyFormat.CSL_JSON,
                "[{\"id\":\"s2\",\"type\":\"article-journal\",\"title\":\"Spring\",\"issued\":{\"date-parts\":[[2001]],\"season\":1}}]").issued());
        assertEquals("1999", only(BibliographyFormat.CSL_JSON,
                "[{\"id\":\"s3\",\"type\":\"book\",\"title\":\"Summer\",\"issued\":{\"raw\":\"Summer 1999\"}}]").issued());
    }

    @Test
    void aJournalArticleIsAJournalArticleWithVolumeIssueAndPages() {
        NewSource bib = only(BibliographyFormat.BIBTEX,
                "@article{s, author = {Shannon, Claude E.}, title = {A Mathematical Theory of Communication}, journal = {Bell System Technical Journal}, year = 1948, volume = 27, number = 3, pages = {379--423}}");
        assertEquals(SourceKind.JOURNAL_ARTICLE, bib.kind());
        assertEquals("27", bib.volume());
        assertEquals("3", bib.issue());
        assertEquals("379-423", bib.page());
        NewSource ris = only(BibliographyFormat.RIS,
                "TY  - JOUR\nTI  - A Mathematical Theory of Communication\nAU  - Shannon, Claude E.\nPY  - 1948\nJF  - Bell System Technical Journal\nVL  - 27\nIS  - 3\nSP  - 379\nEP  - 423\nER  -\n");
        assertEquals(SourceKind.JOURNAL_ARTICLE, ris.kind());
        assertEquals("Bell System Technical Journal", ris.containerTitle());
        assertEquals("27", ris.volume());
        assertEquals("3", ris.issue());
        assertEquals("379-423", ris.page());
        NewSource csl = only(BibliographyFormat.CSL_JSON,
                "[{\"id\":\"c\",\"type\":\"article-journal\",\"title\":\"T\",\"volume\":\"27\",\"issue\":\"3\",\"page\":\"379-423\"}]");
        assertEquals(SourceKind.JOURNAL_ARTICLE, csl.kind());
        assertEquals("379-423", csl.page());
    }
}
