package org.corroborate.web.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.Locale;

/**
 * A Bean Validation violation's message in the reader's language. The services' validator wrote it in the server's;
 * its template is interpolated again, with the constraint's attributes ({max}, {integer}, ...). Pages and the API
 * alike show violations this way.
 */
public final class ViolationMessages {

    private ViolationMessages() {
    }

    /** The message of this violation in this language (the message as written when it cannot be made again). */
    public static String in(ConstraintViolation<?> v, Locale locale) {
        try {
            return Interpolation.INTERPOLATOR.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("No " + type.getName() + " for a message interpolated again");
                }
            }, locale);
        } catch (RuntimeException | LinkageError e) {
            return v.getMessage();
        }
    }

    /** The validation provider's own interpolator (the ValidationMessages bundles), made once, when first needed. */
    private static final class Interpolation {
        static final MessageInterpolator INTERPOLATOR =
                Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
    }
}
