package org.corroborate.model.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Text the knowledge base can store: without the NUL character (U+0000), which PostgreSQL's text types cannot hold.
 *
 * <p>On a record (the commands and filters the services take) it checks every component that is text or a collection
 * of text, each refusal naming its component; nested records are checked by their own annotation, through
 * {@code @Valid}. On a text parameter or field it checks that text, on a collection every element.</p>
 */
@Documented
@Constraint(validatedBy = StorableTextValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StorableText {

    String message() default "{corroborate.storableText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
