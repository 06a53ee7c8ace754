package org.corroborate.service.claim;

import org.corroborate.model.claim.Figure;
import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.measure.Unit;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.shared.Period;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/** Turns entered figures, periods and enum names into domain values, with messages that say what to fix. */
public final class ClaimInputs {

    private ClaimInputs() {
    }

    public static Figure figure(FigureInput input) {
        if (input == null) {
            return null;
        }
        try {
            return new Figure(input.phrase(), enumValue(Qualifier.class, input.qualifier(), "qualifier"),
                    input.value(), input.low(), input.high(), enumValue(Unit.class, input.unit(), "unit"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    public static Period period(PeriodInput input) {
        if (input == null || (blank(input.asOf()) && blank(input.from()) && blank(input.to()))) {
            return null;
        }
        try {
            if (!blank(input.asOf())) {
                if (!blank(input.from()) || !blank(input.to())) {
                    throw new InvalidInputException("Give either an \"as of\" date or a span from-to, not both.");
                }
                return Period.asOf(PartialDate.parse(input.asOf()));
            }
            if (blank(input.from()) || blank(input.to())) {
                throw new InvalidInputException("A span needs both its first and its last date.");
            }
            return Period.between(PartialDate.parse(input.from()), PartialDate.parse(input.to()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** The constant named {@code name}, case-insensitively; otherwise an error listing the allowed names. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String what) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("The " + what + " is missing.");
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"" + name + "\" is not a " + what + "; use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
