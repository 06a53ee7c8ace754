package org.corroborate.service.claim;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A figure or period as entered that means something: a range's low bound not above its high one, a span's end not
 * before its start, an "as of" date or a span but not both. Checked with the other constraints of the command, so a
 * form hears of every problem at once, each on the component it concerns ({@code figure.high}, {@code period.to}).
 */
@Documented
@Constraint(validatedBy = {ConsistentInputValidator.Figures.class, ConsistentInputValidator.Periods.class})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentInput {

    String message() default "{corroborate.consistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
