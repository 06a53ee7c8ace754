package org.corroborate.service.source.bibliography;

import org.corroborate.service.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files nested deeper than any bibliography is are refused before a parser sees them: JBibTeX, citeproc-java's
 * JSON parser and our own scanner descend one call per level, and would overflow the stack.
 */
class NestingTest {

    private static final String GOOD_RECORD = """
            @report{fine2024,
              title = {A {Fine} Record},
              year = {2024}
            }
            """;

    private static InvalidInputException refusal(BibliographyFormat format, String text) {
        return assertThrows(InvalidInputException.class, () -> BibliographyReader.read(format, text));
    }

    @Test
    void refusesBibTeXWithFiftyThousandNestedBracesNamingTheRecordAndLine() {
        String deep = GOOD_RECORD + "\n@article{deep2024,\n  title = " + "{".repeat(50_000) + "x" + "}".repeat(50_000) + ",\n}\n";
        InvalidInputException refused = refusal(BibliographyFormat.BIBTEX, deep);
        String message = refused.getMessage(Locale.ENGLISH);
        assertTrue(message.startsWith("Record deep2024, line 7:"), message);
        assertTrue(message.contains("more than 64"), message);
        assertTrue(refused.getMessage(Locale.KOREAN).startsWith("레코드 deep2024, 7행:"), refused.getMessage(Locale.KOREAN));
    }

    @Test
    void refusesCslJsonWithAHundredThousandNestedArrays() {
        String deep = "[\n{\"id\": \"fine\", \"type\": \"report\", \"title\": \"Fine\"},\n{\"id\": \"deep\", \"title\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}\n]";
        String message = refusal(BibliographyFormat.CSL_JSON, deep).getMessage(Locale.ENGLISH);
        assertTrue(message.startsWith("Record #2, line 3:"), message);
        assertTrue(message.contains("more than 64"), message);
    }

    @Test
    void refusesCslJsonWithAHundredThousandNestedObjects() {
        String deep = "[{\"id\": \"deep\", \"note\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000) + "}]";
        String message = refusal(BibliographyFormat.CSL_JSON, deep).getMessage(Locale.ENGLISH);
        assertTrue(message.startsWith("Record #1, line 1:"), message);
    }

    @Test
    void refusesABareDeepJsonValueThatIsNoListOfRecords() {
        assertNotNull(refusal(BibliographyFormat.CSL_JSON, "[".repeat(100_000)));
        assertNotNull(refusal(BibliographyFormat.CSL_JSON, "{".repeat(100_000)));
    }

    @Test
    void refusesBibTeXJoiningTwoHundredThousandValues() {
        // JBibTeX nests "a" # "b" # ... one level per value too
        String joined = "@article{joined,\n  title = \"a\"" + " # \"a\"".repeat(200_000) + ",\n}\n";
        String message = refusal(BibliographyFormat.BIBTEX, joined).getMessage(Locale.ENGLISH);
        assertTrue(message.startsWith("Record joined, line 2:"), message);
        assertTrue(message.contains("joins more than 64 values"), message);
    }

    @Test
    void readsRecordsNestedAsDeepAsTheLimit() {
        // the record's own braces are the first level
        int title = Nesting.MAX_DEPTH - 1;
        String bibtex = "@article{limit,\n  title = " + "{".repeat(title) + "Limit" + "}".repeat(title)
                + " # \"a # b\" # {c # d}" + " # jan".repeat(Nesting.MAX_DEPTH - 2) + ",\n  year = {2024}\n}\n";
        List<ParsedRecord> records = BibliographyReader.read(BibliographyFormat.BIBTEX, bibtex);
        assertEquals(1, records.size());
        assertNotNull(records.get(0).item(), records.get(0).problems().toString());
        assertNotNull(refusal(BibliographyFormat.BIBTEX, bibtex.replace("title = {", "title = {{")));

        // the list of records and the record are two levels already
        String json = "[{\"id\": \"limit\", \"type\": \"report\", \"title\": \"Limit\", \"note-x\": "
                + "[".repeat(Nesting.MAX_DEPTH - 2) + "]".repeat(Nesting.MAX_DEPTH - 2) + "}]";
        List<ParsedRecord> read = BibliographyReader.read(BibliographyFormat.CSL_JSON, json);
        assertEquals(1, read.size());
        assertNotNull(read.get(0).item(), read.get(0).problems().toString());
        assertNotNull(refusal(BibliographyFormat.CSL_JSON, json.replace("\"note-x\": [", "\"note-x\": [[")));
    }

    @Test
    void bracketsAndBracesInsideJsonTextsDoNotCount() {
        String title = "[{".repeat(200);
        String json = "[{\"id\": \"quoted\", \"type\": \"report\", \"title\": \"" + title + " \\\" still text " + title + "\"}]";
        List<ParsedRecord> records = BibliographyReader.read(BibliographyFormat.CSL_JSON, json);
        assertEquals(1, records.size());
        assertNotNull(records.get(0).item(), records.get(0).problems().toString());
    }

    @Test
    void eachBibTeXRecordCountsItsBracesAfresh() {
        // a hundred records each missing a closing brace are a hundred malformed records, not one deep file
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            file.append("@article{open").append(i).append(",\n  title = {Never {closed},\n  year = {2024}\n\n");
        }
        file.append(GOOD_RECORD);
        List<ParsedRecord> records = BibliographyReader.read(BibliographyFormat.BIBTEX, file.toString());
        assertEquals(101, records.size());
        assertNotNull(records.get(100).item(), "the last record is still read");
    }

    @Test
    void aParseThatOverflowsTheStackAfterAllRefusesTheFile() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> BibliographyReader.withinStack(NestingTest::bottomless));
        assertTrue(refused.getMessage(Locale.ENGLISH).startsWith("The file is nested too deeply to be read"),
                refused.getMessage(Locale.ENGLISH));
    }

    private static int bottomless() {
        return bottomless() + 1;
    }

    @Test
    void tooDeepNamesTheFirstPlaceTheLimitIsPassed() {
        String text = "@book{a,\n title = {x}}\n@book{b,\n title = {\n" + "{".repeat(70) + "}".repeat(70) + "}}\n";
        Nesting.TooDeep deep = Nesting.tooDeep(BibliographyFormat.BIBTEX, text).orElseThrow();
        assertEquals("b", deep.record());
        assertEquals(5, deep.line());
        assertTrue(Nesting.tooDeep(BibliographyFormat.RIS, "{".repeat(1000)).isEmpty(), "RIS has no nesting");
    }
}
