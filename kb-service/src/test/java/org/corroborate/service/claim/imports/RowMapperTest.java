package org.corroborate.service.claim.imports;

import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowMapperTest {

    private static final String HEADER = Column.all().replace(" ", "") + "\n";

    private static RowMapper.Mapped map(String row) {
        ClaimCsv.CsvFile file = ClaimCsv.read((HEADER + row + "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(file.usable(), file.problems().toString());
        return RowMapper.map(file.rows().get(0), "my-org");
    }

    @Test
    void readsThePopulationAClaimCountsFromItsOptionalLastColumn() {
        RowMapper.Mapped mapped = map("\"72% of this year's arrivals are women.\",en,defector-women-share,72%,exact,72,,,percent,"
                + "2023,,,South Korea,,,,,,,Defectors arrived in 2023");
        assertTrue(mapped.problems().isEmpty(), mapped.problems().toString());
        assertEquals("Defectors arrived in 2023", mapped.command().content().population());
        assertNull(map("A statement without a number.,en,,,,,,,,,,,,,,,,,").command().content().population(),
                "a file without the column counts what the measure defines");
    }

    @Test
    void acceptsNumbersAsPeopleWriteThem() {
        assertEquals(new BigDecimal("120000"), RowMapper.parseNumber("120,000"));
        assertEquals(new BigDecimal("120000"), RowMapper.parseNumber("120000"));
        assertEquals(new BigDecimal("1200"), RowMapper.parseNumber("1 200"));
        assertEquals(new BigDecimal("3650000"), RowMapper.parseNumber("3,650,000"));
        assertEquals(new BigDecimal("12.5"), RowMapper.parseNumber(" 12.5 "));
        assertNull(RowMapper.parseNumber("  "));
        assertThrows(NumberFormatException.class, () -> RowMapper.parseNumber("12,5"));
        assertThrows(NumberFormatException.class, () -> RowMapper.parseNumber("about 100"));
        assertThrows(NumberFormatException.class, () -> RowMapper.parseNumber("1,20,000"));
    }

    @Test
    void mapsAFullRowToTheFormsCommand() {
        RowMapper.Mapped mapped = map("\"Up to 120,000 people are held.\",en,political-prisoners,\"up to 120,000\",up to,\"120,000\",,,persons,"
                + ",2010,2014,North Korea,\"prison camps; coi ;\",#12,page,34,\"as many as 120,000\",supports");
        assertTrue(mapped.problems().isEmpty(), mapped.problems().toString());
        NewClaim c = mapped.command();
        assertEquals("my-org", c.organization());
        assertEquals("Up to 120,000 people are held.", c.content().statement());
        assertEquals("UP_TO", c.content().figure().qualifier());
        assertEquals("PERSONS", c.content().figure().unit());
        assertEquals(new BigDecimal("120000"), c.content().figure().value());
        assertEquals("2010", c.content().period().from());
        assertEquals("2014", c.content().period().to());
        assertEquals(List.of("prison camps", "coi"), c.content().topics());
        NewCitation citation = c.citations().get(0);
        assertEquals(12L, citation.source());
        assertEquals("PAGE", citation.locatorType());
        assertEquals("34", citation.locator());
        assertEquals("SUPPORTS", citation.stance());
    }

    @Test
    void aRowWithoutFigureOrSourceHasNeither() {
        RowMapper.Mapped mapped = map("A statement without a number.,en,,,,,,,,,,,,,,,,,");
        assertTrue(mapped.problems().isEmpty());
        assertNull(mapped.command().content().figure());
        assertNull(mapped.command().content().period());
        assertTrue(mapped.command().citations().isEmpty());
    }

    @Test
    void namesTheColumnOfEachUnreadableCell() {
        RowMapper.Mapped mapped = map("S,en,m,\"about 5,000\",roughly,\"5.000,5\",,,heads,,,,,,seven,chapter,3,,agrees");
        List<String> problems = mapped.problems().stream().map(ImportProblem::toString).toList();
        assertNull(mapped.command());
        assertEquals(List.of(
                "row 2 (qualifier): \"roughly\" is not allowed in this column. Use one of: EXACT, ABOUT, AT_LEAST, MORE_THAN, AT_MOST, UP_TO, FEWER_THAN, BETWEEN.",
                "row 2 (unit): \"heads\" is not allowed in this column. Use one of: PERSONS, PERCENT, TONNES, US_DOLLARS, SOUTH_KOREAN_WON, EUROS, YEARS, MONTHS, DAYS, KILOMETRES, ITEMS.",
                "row 2 (value): \"5.000,5\" is not a number. Write digits, optionally with thousands separators and a decimal point: 120,000 or 120000 or 12.5.",
                "row 2 (source): \"seven\" is not a source number. Give the number of the source (the id in its address, source.xhtml?id=...).",
                "row 2 (locator_type): \"chapter\" is not allowed in this column. Use one of: PAGE, PARAGRAPH, FOOTNOTE, SECTION, TIMESTAMP, LINE, WEB_ANCHOR.",
                "row 2 (stance): \"agrees\" is not allowed in this column. Use one of: SUPPORTS, CONTRADICTS, MENTIONS."), problems);
    }

    @Test
    void appliesTheFiguresRulesAndNamesTheBounds() {
        RowMapper.Mapped mapped = map("S,en,m,\"200,000 to 50,000\",BETWEEN,,\"200,000\",\"50,000\",PERSONS,,,,,,,,,,");
        ImportProblem problem = mapped.problems().get(0);
        assertEquals("high", problem.column());
        assertTrue(problem.message(Locale.ENGLISH).contains("low bound 200000 is above the high bound 50000"), problem.toString());
    }

    @Test
    void refusesHalfAPeriodAgainstItsColumn() {
        RowMapper.Mapped mapped = map("S,en,,,,,,,,,2010,,,,,,,,");
        assertEquals("period_from", mapped.problems().get(0).column());
        assertTrue(mapped.problems().get(0).message(Locale.ENGLISH).contains("both its first and its last date"));
    }

    @Test
    void aCitationNeedsItsSourceAndStance() {
        List<String> problems = map("S,en,,,,,,,,,,,,,,,12,,").problems().stream().map(ImportProblem::toString).toList();
        assertEquals(List.of(
                "row 2 (source): A locator, quote or stance is given, but no source. Add the number of the cited source in the \"source\" column.",
                "row 2 (locator_type): A locator is given without its type. Say what it counts: PAGE, PARAGRAPH, FOOTNOTE, SECTION, TIMESTAMP or LINE.",
                "row 2 (stance): \"stance\" is required."), problems);
    }

    @Test
    void problemsReadInKoreanToo() {
        ImportProblem problem = map("S,en,,,,abc,,,,,,,,,,,,,").problems().get(0);
        assertEquals("\"abc\"은(는) 숫자가 아닙니다. 숫자로 쓰세요. 천 단위 쉼표와 소수점은 쓸 수 있습니다: 120,000 또는 120000 또는 12.5.",
                problem.message(Locale.KOREAN));
    }

    @Test
    void everyMessageExistsInEnglishAndKorean() {
        ResourceBundle en = ResourceBundle.getBundle(ClaimImports.class.getPackageName() + ".Messages", Locale.ROOT);
        ResourceBundle ko = ResourceBundle.getBundle(ClaimImports.class.getPackageName() + ".Messages", Locale.KOREAN);
        for (String key : en.keySet()) {
            assertTrue(ko.containsKey(key), key);
            assertTrue(!en.getString(key).equals(ko.getString(key)) || key.equals("row.invalid"), "untranslated " + key);
        }
    }
}
