package org.corroborate.service.claim;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.PeriodInput;

/** The checks of {@link ConsistentInput}; a violation names the component a person would correct. */
final class ConsistentInputValidator {

    private ConsistentInputValidator() {
    }

    /** A range whose low bound is above its high one: on {@code high}. */
    public static final class Figures implements ConstraintValidator<ConsistentInput, FigureInput> {
        @Override
        public boolean isValid(FigureInput figure, ConstraintValidatorContext context) {
            if (figure == null || figure.low() == null || figure.high() == null
                    || figure.low().compareTo(figure.high()) <= 0) {
                return true;
            }
            return violation(context, "{corroborate.rangeOrder}", "high");
        }
    }

    /** Both an "as of" date and a span (on {@code asOf}); a span ending before it starts (on {@code to}). */
    public static final class Periods implements ConstraintValidator<ConsistentInput, PeriodInput> {
        @Override
        public boolean isValid(PeriodInput period, ConstraintValidatorContext context) {
            if (period == null) {
                return true;
            }
            if (!blank(period.asOf()) && (!blank(period.from()) || !blank(period.to()))) {
                return violation(context, "{corroborate.periodAsOfOrSpan}", "asOf");
            }
            PartialDate from = date(period.from());
            PartialDate to = date(period.to());
            if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
                return violation(context, "{corroborate.periodOrder}", "to");
            }
            return true;
        }
    }

    private static boolean violation(ConstraintValidatorContext context, String template, String component) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(component).addConstraintViolation();
        return false;
    }

    /** The date, or null when it is missing or not a date (its own constraint says so). */
    private static PartialDate date(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return PartialDate.parse(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
