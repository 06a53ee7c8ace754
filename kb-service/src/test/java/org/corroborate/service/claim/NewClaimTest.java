package org.corroborate.service.claim;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the claim form, the API and the CSV import refuse before anything reaches the database. */
class NewClaimTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static NewClaim claim(String statement, FigureInput figure, List<String> topics, String locator) {
        return new NewClaim("hrnk", new ClaimContent(statement, "en", figure, "political-prisoners",
                new PeriodInput("2014", null, null), "North Korea", topics),
                List.of(new NewCitation(6L, "PAGE", locator, null, null, null, "SUPPORTS")));
    }

    private static FigureInput exact(String value) {
        return new FigureInput("about " + value, "EXACT", new BigDecimal(value), null, null, "PERSONS");
    }

    private static Set<String> refused(NewClaim claim) {
        return validator.validate(claim).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} fits the figure columns")
    @ValueSource(strings = {"120000", "999999999999999999.999999", "0.000001", "-3.5", "120000.000000", "1.2E+5"})
    void acceptsNumbersTheFigureColumnsKeep(String value) {
        assertEquals(Set.of(), refused(claim("Held.", exact(value), List.of(), "4")));
    }

    /** Digits are counted as written: "120000.0000000" has seven after the point, though they are zeros. */
    @ParameterizedTest(name = "{0} has more digits than the figure columns keep")
    @ValueSource(strings = {"1000000000000000000", "1234567890123456789012", "0.0000001", "12.1234567", "1E+20", "120000.0000000"})
    void refusesAValueWithMoreDigitsThanTheFigureColumnsKeep(String value) {
        Set<ConstraintViolation<NewClaim>> violations = validator.validate(claim("Held.", exact(value), List.of(), "4"));

        assertEquals(1, violations.size(), violations.toString());
        ConstraintViolation<NewClaim> v = violations.iterator().next();
        assertEquals("content.figure.value", v.getPropertyPath().toString());
        assertEquals("{corroborate.digits}", v.getMessageTemplate());
        assertEquals("may have at most 18 digits before the decimal point and 6 after it", v.getMessage());
    }

    @Test
    void refusesBoundsWithMoreDigitsThanTheFigureColumnsKeep() {
        FigureInput range = new FigureInput("between", "BETWEEN", null, new BigDecimal("0.0000001"),
                new BigDecimal("1234567890123456789012"), "PERSONS");

        assertEquals(Set.of("content.figure.low", "content.figure.high"), refused(claim("Held.", range, List.of(), "4")));
    }

    @Test
    void refusesANulInAnyTextOfTheClaimNamingItsField() {
        assertEquals(Set.of(), refused(claim("Held.", exact("120000"), List.of("camps"), "4")));

        assertEquals(Set.of("content.statement", "content.topics", "citations[0].locator"),
                refused(claim("Held\u0000.", exact("120000"), List.of("camps", "co\u0000i"), "4\u0000")));
        FigureInput phrase = new FigureInput("up to\u0000 120,000", "UP_TO", new BigDecimal("120000"), null, null, "PERSONS");
        assertEquals(Set.of("content.figure.phrase"), refused(claim("Held.", phrase, List.of(), "4")));
        NewClaim period = new NewClaim("hrnk", new ClaimContent("Held.", "en", null, null,
                new PeriodInput("2014\u0000", null, null), null, List.of()), List.of());
        assertEquals(Set.of("content.period.asOf"), refused(period));
        assertTrue(validator.validate(claim("Held.", exact("120000"), List.of(), "4")).isEmpty());
    }
}
