package org.corroborate.model.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/** Checks {@link StorableText}: no NUL character in the text, or in any text component of the record. */
public class StorableTextValidator implements ConstraintValidator<StorableText, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (!(value instanceof Record record)) {
            return storable(value);
        }
        boolean valid = true;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (!storable(read(component, record))) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(component.getName())
                        .addConstraintViolation();
            }
        }
        return valid;
    }

    /** Whether the value holds no NUL: text, the text in a collection or a map; anything else is not text. */
    public static boolean storable(Object value) {
        if (value instanceof CharSequence text) {
            return text.chars().noneMatch(c -> c == '\u0000');
        }
        if (value instanceof Collection<?> values) {
            return values.stream().allMatch(StorableTextValidator::storable);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> storable(e.getKey()) && storable(e.getValue()));
        }
        return true;
    }

    private static Object read(RecordComponent component, Record record) {
        Method accessor = component.getAccessor();
        try {
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ValidationException("Cannot read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
