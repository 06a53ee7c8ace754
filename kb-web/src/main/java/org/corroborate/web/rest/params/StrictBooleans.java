package org.corroborate.web.rest.params;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Every boolean parameter of the API ({@code dryRun}, {@code othersOnly}, ...) is {@code true} or {@code false}, and
 * nothing else: JAX-RS would read {@code dryRun=1} or {@code dryRun=yes} as false and start a real import. Anything
 * else is a 400 naming the parameter (ProblemMapper), before the resource runs.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    /** A parameter value that is neither {@code true} nor {@code false}. */
    public static final class NotABoolean extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotABoolean(String value) {
            super("Not true or false: " + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
        }
    }

    private static final ParamConverter<Boolean> STRICT = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                throw new IllegalArgumentException("no value");
            }
            return switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new NotABoolean(value);
            };
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class || rawType == boolean.class ? (ParamConverter<T>) STRICT : null;
    }
}
