package org.corroborate.service.measure;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A proposed measure that can be kept: a name in English or in Korean (on {@code name}), and for a flow or a rate
 * the period each figure counts over (on {@code flowPeriod}). Checked with the other constraints, so that a form
 * hears of every problem at once.
 */
@Documented
@Constraint(validatedBy = CompleteMeasure.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CompleteMeasure {

    String message() default "{corroborate.measure.name}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<CompleteMeasure, NewMeasure> {
        @Override
        public boolean isValid(NewMeasure m, ConstraintValidatorContext context) {
            if (m == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (blank(m.name()) && blank(m.nameKo())) {
                context.buildConstraintViolationWithTemplate("{corroborate.measure.name}").addPropertyNode("name")
                        .addConstraintViolation();
                valid = false;
            }
            if (m.kind() != null && m.kind().hasPerPeriod() && m.flowPeriod() == null) {
                context.buildConstraintViolationWithTemplate("{corroborate.measure.flowPeriod}").addPropertyNode("flowPeriod")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
