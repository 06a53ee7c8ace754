package org.corroborate.service.measure;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.corroborate.service.access.Reader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tolerance an editor sets is refused, before anything is read or written, unless its column can keep it. */
class MeasuresTest {

    private static ValidatorFactory factory;
    private static Method setAboutTolerance;

    @BeforeAll
    static void validator() throws NoSuchMethodException {
        factory = Validation.buildDefaultValidatorFactory();
        setAboutTolerance = Measures.class.getMethod("setAboutTolerance", Reader.class, String.class, long.class, BigDecimal.class);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Set<ConstraintViolation<Measures>> violations(String percent) {
        return factory.getValidator().forExecutables().validateParameters(new Measures(), setAboutTolerance,
                new Object[]{Reader.ANONYMOUS, "nk-population", 1L, new BigDecimal(percent)});
    }

    @ParameterizedTest(name = "±{0}% fits its column")
    @ValueSource(strings = {"0", "12.5", "12.34", "100", "100.00", "7.50"})
    void acceptsAToleranceItsColumnKeeps(String percent) {
        assertTrue(violations(percent).isEmpty(), violations(percent).toString());
    }

    @ParameterizedTest(name = "±{0}% has more digits than its column keeps")
    @ValueSource(strings = {"12.345", "0.001", "1E-7"})
    void refusesAToleranceWithMoreDecimalsThanItsColumnKeeps(String percent) {
        Set<ConstraintViolation<Measures>> violations = violations(percent);

        assertEquals(1, violations.size(), violations.toString());
        ConstraintViolation<Measures> v = violations.iterator().next();
        assertEquals("setAboutTolerance.percent", v.getPropertyPath().toString());
        assertEquals("may have at most 3 digits before the decimal point and 2 after it", v.getMessage());
    }
}
