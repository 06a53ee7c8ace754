package org.corroborate.service.claim;

import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.shared.Period;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimInputsTest {

    @Test
    void anEmptyPeriodMeansNoneStated() {
        assertNull(ClaimInputs.period(new PeriodInput(" ", null, "")));
        assertNull(ClaimInputs.period(null));
    }

    @Test
    void readsPartialDatesAsOfOrAsASpan() {
        Period asOf = ClaimInputs.period(new PeriodInput("2023-08", null, null));
        assertTrue(asOf.isAsOf());
        assertEquals("2023-08", asOf.getStart().toString());

        Period span = ClaimInputs.period(new PeriodInput(null, "2014", "2016-03"));
        assertEquals("2014-01-01", span.getFirstDay().toString());
        assertEquals("2016-03-31", span.getLastDay().toString());
    }

    @Test
    void refusesBothKindsOfPeriodAtOnceAndHalfASpan() {
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> ClaimInputs.period(new PeriodInput("2023", "2020", "2021")));
        assertTrue(both.getMessage().contains("not both"), both.getMessage());
        InvalidInputException half = assertThrows(InvalidInputException.class,
                () -> ClaimInputs.period(new PeriodInput(null, "2020", null)));
        assertTrue(half.getMessage().contains("both its first and its last date"), half.getMessage());
    }

    @Test
    void acceptsQualifiersAsPeopleWriteThem() {
        assertEquals(Qualifier.UP_TO, ClaimInputs.enumValue(Qualifier.class, "up to", "qualifier"));
        assertEquals(Qualifier.AT_LEAST, ClaimInputs.enumValue(Qualifier.class, "at-least", "qualifier"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ClaimInputs.enumValue(Qualifier.class, "roughly", "qualifier"));
        assertTrue(e.getMessage().contains("BETWEEN"), "lists the allowed qualifiers: " + e.getMessage());
    }
}
