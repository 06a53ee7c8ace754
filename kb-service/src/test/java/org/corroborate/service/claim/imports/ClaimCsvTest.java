package org.corroborate.service.claim.imports;

import org.corroborate.service.claim.imports.ClaimCsv.CsvFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimCsvTest {

    private static CsvFile read(String text) {
        return ClaimCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbersRowsAsASpreadsheetDoesWithTheHeaderAsRowOne() {
        CsvFile file = read("statement,language\nFirst,en\n\n\"Second,\nwith a line break\",en\nThird,ko\n");
        assertTrue(file.usable(), file.problems().toString());
        assertEquals(List.of(2, 4, 5), file.rows().stream().map(CsvRow::number).toList());
        assertEquals("Second,\nwith a line break", file.rows().get(1).get(Column.STATEMENT));
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndKoreanText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("Statement,Language\r\n정치범 수용소에 8만~12만 명이 있다.,ko\r\n".getBytes(StandardCharsets.UTF_8));
        CsvFile file = ClaimCsv.read(bytes.toByteArray());
        assertTrue(file.usable(), file.problems().toString());
        assertEquals("정치범 수용소에 8만~12만 명이 있다.", file.rows().get(0).get(Column.STATEMENT));
        assertEquals("ko", file.rows().get(0).get(Column.LANGUAGE));
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = "statement,language\nCaf\u00e9,fr\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvFile file = ClaimCsv.read(latin1);
        assertFalse(file.usable());
        assertTrue(file.problems().get(0).message(Locale.ENGLISH).contains("CSV UTF-8"));
    }

    @Test
    void reportsMissingUnknownAndRepeatedColumnsOnRowOne() {
        CsvFile file = read("statment,measure,measure,colour\nx,y,z,w\n");
        assertFalse(file.usable());
        assertTrue(file.rows().isEmpty());
        List<String> problems = file.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(problems.stream().allMatch(p -> p.startsWith("row 1")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"statment\"") && p.contains("does not know")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"colour\"")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"measure\" appears twice")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("lacks the required column \"statement\"")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("lacks the required column \"language\"")), problems.toString());
    }

    @Test
    void aHeaderOfMoreColumnsThanTheImportKnowsIsOneProblem() {
        // found by FuzzIT: a 160 KB header row of 82,000 cells was answered with one problem per cell, 52 MB
        CsvFile file = read("[1," + "1,".repeat(82_000) + "1]\n");
        assertFalse(file.usable());
        assertEquals(1, file.problems().size(), file.problems().size() + " problems");
        String problem = file.problems().get(0).toString();
        assertTrue(problem.startsWith("row 1: The header row (row 1) has 82,002 columns; the import knows "), problem);
        assertTrue(problem.contains("statement, language"), problem);
    }

    @Test
    void blankCellsAreAbsentAndCellsAreTrimmed() {
        CsvFile file = read("statement,language,place\n  Spaced  ,en,\n");
        CsvRow row = file.rows().get(0);
        assertEquals("Spaced", row.get(Column.STATEMENT));
        assertNull(row.get(Column.PLACE));
        assertFalse(row.has(Column.PLACE));
    }

    @Test
    void refusesEmptyFilesAndHeaderOnlyFiles() {
        assertEquals("file.empty", ClaimCsv.read(new byte[0]).problems().get(0).message().key());
        assertEquals("file.noRows", read("statement,language\n\n").problems().get(0).message().key());
    }

    @Test
    void refusesFilesOverFiveMegabytes() {
        byte[] big = new byte[ClaimCsv.MAX_BYTES + 1];
        CsvFile file = ClaimCsv.read(big);
        assertEquals("file.tooLarge", file.problems().get(0).message().key());
        assertTrue(file.problems().get(0).message(Locale.ENGLISH).contains("5 MB"));
    }

    @Test
    void refusesMoreThanTenThousandRows() {
        StringBuilder csv = new StringBuilder("statement,language\n");
        for (int i = 0; i <= ClaimCsv.MAX_ROWS; i++) {
            csv.append("Claim ").append(i).append(",en\n");
        }
        assertEquals("file.tooManyRows", read(csv.toString()).problems().get(0).message().key());
        assertTrue(ClaimCsv.hasTooManyRows(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void countsRowsAsReadingDoesBeforeAFileIsQueued() {
        StringBuilder csv = new StringBuilder("\uFEFFstatement,language\n");
        for (int i = 0; i < ClaimCsv.MAX_ROWS; i++) {
            csv.append("\"Claim ").append(i).append(",\nover two lines\",en\n,\n");
        }
        byte[] atTheLimit = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertFalse(ClaimCsv.hasTooManyRows(atTheLimit), "quoted line breaks and blank rows are no rows");
        assertEquals(ClaimCsv.MAX_ROWS, ClaimCsv.read(atTheLimit).rows().size());
        assertTrue(ClaimCsv.hasTooManyRows((csv + "One more,en\n").getBytes(StandardCharsets.UTF_8)));
        assertFalse(ClaimCsv.hasTooManyRows("statement\n\"never closed".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ClaimCsv.hasTooManyRows(new byte[]{(byte) 0xC3, 0x28}));
    }

    @Test
    void reportsAnUnclosedQuote() {
        CsvFile file = read("statement,language\nFine,en\n\"Never closed,en\n");
        assertFalse(file.usable());
        assertEquals("file.malformed", file.problems().get(0).message().key());
    }

    @Test
    void reportsCellsBeyondTheHeader() {
        CsvFile file = read("statement,language\nA claim,en,stray\n");
        assertEquals("row 2: This row has more cells than the header row has columns (2). Remove the extra cells or name their column.",
                file.problems().get(0).toString());
    }

    @Test
    void theTemplateHasEveryColumnAndAUsableExampleRow() throws Exception {
        byte[] template;
        try (var in = ClaimImports.class.getResourceAsStream("claims-template.csv")) {
            template = in.readAllBytes();
        }
        CsvFile file = ClaimCsv.read(template);
        assertTrue(file.usable(), file.problems().toString());
        String header = new String(template, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertEquals(Column.all().replace(" ", ""), header);
        RowMapper.Mapped mapped = RowMapper.map(file.rows().get(0), "hrnk");
        assertTrue(mapped.problems().isEmpty(), mapped.problems().toString());
        assertEquals("political-prisoners", mapped.command().content().measure());
    }
}
