package org.corroborate.service.claim.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.corroborate.service.claim.NewClaim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A row's refusals by Bean Validation, as the import reports them: against the row's column, in both languages. The
 * dry run and the real import check rows the same way, so what one refuses the other refuses.
 */
class RowRefusalsTest {

    private static final String HEADER = Column.all().replace(" ", "") + "\n";

    private static ValidatorFactory factory;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** The problems Bean Validation finds in the one row of this file. */
    private static List<ImportProblem> problems(String row) {
        ClaimCsv.CsvFile file = ClaimCsv.read((HEADER + row + "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(file.usable(), file.problems().toString());
        RowMapper.Mapped mapped = RowMapper.map(file.rows().get(0), "my-org");
        assertTrue(mapped.problems().isEmpty(), mapped.problems().toString());
        return factory.getValidator().validate(mapped.command()).stream()
                .map((ConstraintViolation<NewClaim> v) -> ClaimImports.violation(2, v))
                .toList();
    }

    @Test
    void aValueWithMoreDigitsThanTheDatabaseKeepsIsTheValueColumnsProblem() {
        List<ImportProblem> problems = problems("\"Held.\",en,political-prisoners,\"a great many\",exact,"
                + "\"1,234,567,890,123,456,789,012\",,,persons,2014,,,,,6,page,4,,supports");

        assertEquals(1, problems.size(), problems.toString());
        ImportProblem p = problems.get(0);
        assertEquals(2, p.row());
        assertEquals("value", p.column());
        assertEquals("\"value\" has more digits than the knowledge base keeps: at most 18 digits before the decimal point "
                + "and 6 after it.", p.message(Locale.ENGLISH));
        assertTrue(p.message(Locale.KOREAN).contains("소수점 앞으로 18자리, 소수점 뒤로 6자리"), p.message(Locale.KOREAN));
    }

    @Test
    void boundsWithTooManyDecimalsAreTheirColumnsProblems() {
        List<ImportProblem> problems = problems("\"Held.\",en,political-prisoners,\"a range\",between,,"
                + "0.0000001,12.1234567,persons,2014,,,,,6,page,4,,supports");

        assertEquals(List.of("high", "low"), problems.stream().map(ImportProblem::column).sorted().toList());
    }

    @Test
    void aNulIsTheProblemOfTheColumnHoldingIt() {
        List<ImportProblem> problems = problems("\"Held\u0000.\",en,political-prisoners,\"120,000\",exact,"
                + "\"120,000\",,,persons,2014,,,,\"camps;co\u0000i\",6,page,4\u00005,,supports");

        assertEquals(List.of("locator", "statement", "topics"), problems.stream().map(ImportProblem::column).sorted().toList());
        ImportProblem statement = problems.stream().filter(p -> p.column().equals("statement")).findFirst().orElseThrow();
        assertTrue(statement.message(Locale.ENGLISH).startsWith("\"statement\" contains the NUL character (U+0000)"),
                statement.message(Locale.ENGLISH));
        assertTrue(statement.message(Locale.KOREAN).contains("NUL 문자(U+0000)"), statement.message(Locale.KOREAN));
    }
}
