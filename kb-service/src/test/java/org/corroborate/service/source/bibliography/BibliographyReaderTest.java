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

class BibliographyReaderTest {

    static final String BIBTEX = """
            % exported from Zotero
            @string{hrc = "United Nations Human Rights Council"}

            @techreport{coi2014,
              title = {Report of the Detailed Findings of the Commission of Inquiry on Human Rights in the {DPRK}},
              author = {{Commission of Inquiry on Human Rights in the DPRK}},
              institution = hrc,
              address = {Geneva},
              year = {2014},
              month = feb,
              number = {A/HRC/25/CRP.1},
              url = {https://www.ohchr.org/en/hr-bodies/hrc/co-idprk/reportofthe-commissionof-inquiry-dprk},
            }

            @article{collins2023,
              author = {Collins, Robert and Hawk, David},
              title = {The Hidden Gulag Revisited},
              journal = {Daily Example},
              year = {2023},
              doi = {https://doi.org/10.1000/XYZ123},
              language = {en}
            }
            """;

    private static NewSource source(ParsedRecord r) {
        CslMapping.Mapped m = CslMapping.map(r.item(), "hrnk", Confidentiality.PUBLIC);
        return m.source();
    }

    @Test
    void readsSeveralBibTeXRecordsWithKeysLinesAndFields() {
        List<ParsedRecord> records = BibliographyReader.read(BibliographyFormat.BIBTEX, BIBTEX);
        assertEquals(2, records.size());
        ParsedRecord coi = records.get(0);
        assertEquals("coi2014", coi.key());
        assertEquals(4, coi.line());
        assertEquals(1, coi.index());
        NewSource s = source(coi);
        assertEquals("Report of the Detailed Findings of the Commission of Inquiry on Human Rights in the DPRK", s.title());
        assertEquals(SourceKind.UN_DOCUMENT, s.kind());
        assertEquals("Commission of Inquiry on Human Rights in the DPRK", s.authors().get(0).literal());
        assertEquals("United Nations Human Rights Council", s.publisher());
        assertEquals("Geneva", s.publisherPlace());
        assertEquals("2014-02", s.issued());
        assertEquals("A/HRC/25/CRP.1", s.number());

        ParsedRecord collins = records.get(1);
        assertEquals("collins2023", collins.key());
        assertEquals(15, collins.line());
        NewSource c = source(collins);
        assertEquals(2, c.authors().size());
        assertEquals("Collins", c.authors().get(0).family());
        assertEquals("Robert", c.authors().get(0).given());
        assertEquals("Daily Example", c.containerTitle());
        assertEquals("10.1000/XYZ123", c.doi());
        assertEquals("2023", c.issued());
    }

    @Test
    void aMalformedBibTeXRecordIsNamedWithItsLineAndTheOthersAreStillRead() {
        String text = """
                @book{good1,
                  title = {First},
                  year = 2001
                }
                @article{broken2,
                  title = {Second},
                  year = {2002
                  author = {Doe, Jane}
                }
                @book{good3, title = {Third}, year = 2003}
                """;
        List<ParsedRecord> records = BibliographyReader.read(BibliographyFormat.BIBTEX, text);
        assertEquals(3, records.size());
        assertNotNull(records.get(0).item());
        ParsedRecord broken = records.get(1);
        assertNull(broken.item());
        assertEquals("broken2", broken.key());
        String message = broken.problems().get(0).text(Locale.ENGLISH);
        assertTrue(message.startsWith("Record broken2, line "), message);
        int line = Integer.parseInt(message.replaceAll("^Record broken2, line (\\d+):.*$", "$1"));
        assertTrue(line >= 5 && line <= 10, message);
        assertEquals("Third", records.get(2).item().getTitle());
    }

    @Test
    void aBibTeXRecordWithAMissingCommaNamesTheLineOfTheMistake() {
        String text = "@book{a, title = {A}, year = 2001}\n\n@book{b,\n  title = {B}\n  year = 2002\n}\n";
        ParsedRecord b = BibliographyReader.read(BibliographyFormat.BIBTEX, text).get(1);
        assertNull(b.item());
        assertEquals(3, b.line());
        assertTrue(b.problems().get(0).text(Locale.ENGLISH).startsWith("Record b, line 5:"),
                b.problems().get(0).text(Locale.ENGLISH));
    }

    static final String RIS = """
            TY  - RPRT
            ID  - hrnk-gulag
            TI  - The Hidden Gulag
            AU  - Hawk, David
            PY  - 2012/04/10/
            PB  - Committee for Human Rights in North Korea
            UR  - https://www.hrnk.org/uploads/pdfs/HRNK_HiddenGulag2_Web_5-18.pdf
            ER  - 

            TY  - NEWS
            TI  - North Korea's prison camps
            T2  - The Example Times
            AU  - Kim, Minji
            DA  - 2023/08/15
            ER  - 
            """;

    @Test
    void readsSeveralRisRecords() {
        List<ParsedRecord> records = BibliographyReader.read(BibliographyFormat.RIS, RIS);
        assertEquals(2, records.size());
        assertEquals("hrnk-gulag", records.get(0).key());
        assertEquals(1, records.get(0).line());
        NewSource gulag = source(records.get(0));
        assertEquals("The Hidden Gulag", gulag.title());
        assertEquals(SourceKind.REPORT, gulag.kind());
        assertEquals("Hawk", gulag.authors().get(0).family());
        assertEquals("Committee for Human Rights in North Korea", gulag.publisher());
        assertEquals("2012-04-10", gulag.issued());
        assertEquals(10, records.get(1).line());
        NewSource news = source(records.get(1));
        assertEquals(SourceKind.NEWS_ARTICLE, news.kind());
        assertEquals("The Example Times", news.containerTitle());
    }

    @Test
    void aRisLineWithoutTagContinuesTheValueBeforeIt() {
        String text = RIS.replace("PB  - Committee", "Committee");
        ParsedRecord first = BibliographyReader.read(BibliographyFormat.RIS, text).get(0);
        assertNotNull(first.item());
        assertTrue(first.problems().stream().noneMatch(Problem::isError), first.problems().toString());
    }

    @Test
    void aRisRecordWithoutErIsReadUpToTheNextWithAWarning() {
        String text = "TY  - RPRT\nTI  - One\nTY  - RPRT\nTI  - Two\nER  - \n";
        List<ParsedRecord> records = BibliographyReader.read(BibliographyFormat.RIS, text);
        assertEquals(2, records.size());
        assertEquals("One", records.get(0).item().getTitle());
        assertTrue(records.get(0).problems().get(0).text(Locale.ENGLISH).startsWith("Record #1, line 1:"));
        assertTrue(records.get(0).problems().stream().noneMatch(Problem::isError));
        assertEquals("Two", records.get(1).item().getTitle());
    }

    static final String JSON = """
            [
              {
                "id": "coi",
                "type": "report",
                "title": "Report of the Commission of Inquiry",
                "author": [{"literal": "UN Commission of Inquiry"}],
                "issued": {"date-parts": [[2014, 2, 7]]},
                "URL": "https://example.org/coi"
              },
              {
                "id": "blog",
                "type": "blog-entry",
                "title": "A blog post",
                "author": [{"family": "Lee", "given": "Sun"}],
                "issued": {"raw": "sometime in 2019"}
              }
            ]
            """;

    @Test
    void readsCslJsonRecordsWithLinesAndReportsUnknownTypesAndDates() {
        List<ParsedRecord> records = BibliographyReader.read(BibliographyFormat.CSL_JSON, JSON);
        assertEquals(2, records.size());
        assertEquals(2, records.get(0).line());
        assertEquals(10, records.get(1).line());
        NewSource coi = source(records.get(0));
        assertEquals("2014-02-07", coi.issued());
        assertEquals("UN Commission of Inquiry", coi.authors().get(0).literal());
        assertEquals(SourceKind.REPORT, coi.kind());

        ParsedRecord blog = records.get(1);
        assertTrue(blog.problems().get(0).text(Locale.ENGLISH).contains("\"blog-entry\" is not a CSL type"));
        CslMapping.Mapped m = CslMapping.map(blog.item(), "hrnk", Confidentiality.PUBLIC);
        assertEquals(SourceKind.REPORT, m.source().kind());
        assertEquals("2019", m.source().issued());
        assertTrue(m.problems().stream().anyMatch(p -> p.text(Locale.ENGLISH).contains("\"sometime in 2019\" was read as its year only")),
                m.problems().toString());
    }

    @Test
    void aMalformedCslJsonRecordIsNamedWithTheLineOfTheMistake() {
        String text = JSON.replace("\"title\": \"A blog post\",", "\"title\": \"A blog post\"");
        List<ParsedRecord> records = BibliographyReader.read(BibliographyFormat.CSL_JSON, text);
        assertNotNull(records.get(0).item());
        ParsedRecord bad = records.get(1);
        assertNull(bad.item());
        String message = bad.problems().get(0).text(Locale.ENGLISH);
        assertTrue(message.startsWith("Record #2, line 14:"), message);
    }

    @Test
    void aRecordWithoutTitleIsAnError() {
        String text = "[{\"id\": \"x\", \"type\": \"report\", \"issued\": {\"date-parts\": [[2020]]}}]";
        CslMapping.Mapped m = CslMapping.map(BibliographyReader.read(BibliographyFormat.CSL_JSON, text).get(0).item(),
                "hrnk", Confidentiality.PUBLIC);
        assertTrue(m.problems().stream().anyMatch(Problem::isError));
        assertEquals("The record has no title; give it one in the file.", m.problems().get(0).text(Locale.ENGLISH));
        assertEquals("레코드에 제목이 없습니다. 파일에서 제목을 넣어 주세요.", m.problems().get(0).text(Locale.KOREAN));
    }

    @Test
    void detectsTheFormatFromTheNameThenTheContent() {
        assertEquals(BibliographyFormat.BIBTEX, BibliographyFormat.detect(null, "refs.BIB", "").orElseThrow());
        assertEquals(BibliographyFormat.RIS, BibliographyFormat.detect(null, "export.txt", RIS).orElseThrow());
        assertEquals(BibliographyFormat.CSL_JSON, BibliographyFormat.detect(null, null, JSON).orElseThrow());
        assertEquals(BibliographyFormat.BIBTEX, BibliographyFormat.detect(null, "x", BIBTEX).orElseThrow());
        assertTrue(BibliographyFormat.detect(null, "notes.txt", "just some notes").isEmpty());
        assertEquals(BibliographyFormat.RIS, BibliographyFormat.ofMediaType("application/x-research-info-systems; charset=utf-8").orElseThrow());
    }
}
