package org.corroborate.service.reconciliation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.corroborate.service.reconciliation.DraftInput.RoleInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a reconciliation draft refuses before anything reaches the database. */
class DraftInputTest {

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

    private static Set<String> refused(String low, String high, String best, String rationale, String note) {
        DraftInput draft = new DraftInput("EDITORS_JUDGEMENT", number(low), number(high), number(best), null, rationale,
                List.of(new RoleInput(7L, "RECOMMENDED", null, note)));
        return validator.validate(draft).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    private static BigDecimal number(String n) {
        return n == null ? null : new BigDecimal(n);
    }

    @Test
    void acceptsNumbersTheColumnsKeep() {
        assertEquals(Set.of(), refused("0", "999999999999999999.999999", "120000.5", "Weighed.", "Kept."));
        assertEquals(Set.of(), refused(null, null, null, null, null));
    }

    @Test
    void refusesBoundsAndABestEstimateWithMoreDigitsThanTheColumnsKeep() {
        assertEquals(Set.of("low", "high", "best"),
                refused("0.0000001", "1234567890123456789012", "12.1234567", "Weighed.", null));
    }

    @Test
    void refusesANulInTheRationaleOrARolesNote() {
        assertEquals(Set.of("rationale", "roles[0].note"), refused("0", "10", null, "Weighed\u0000.", "Kept\u0000."));
    }
}
