package org.corroborate.model.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorableTextTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    /** A command as the services take them: text, a list of text, a number, a nested command. */
    @StorableText
    record Command(String title, List<String> topics, Integer count, Nested nested) {
    }

    @StorableText
    record Nested(String note) {
    }

    /** A text parameter of a service. */
    static final class Service {
        void comment(@StorableText String text) {
        }
    }

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void acceptsTextWithoutNulWhateverElseItHolds() {
        assertTrue(validator.validate(new Command("Camps \t\n\u0001 정치범 수용소 😀", List.of("detention", ""), 3,
                new Nested("fine"))).isEmpty());
        assertTrue(validator.validate(new Command(null, null, null, null)).isEmpty());
    }

    @Test
    void refusesANulInAnyTextComponentNamingEachOne() {
        Set<ConstraintViolation<Command>> violations = validator.validate(
                new Command("Camps\u0000", List.of("detention", "prison\u0000camps"), 3, new Nested("fine")));

        assertEquals(Set.of("title", "topics"), paths(violations));
        violations.forEach(v -> assertEquals("{corroborate.storableText}", v.getMessageTemplate()));
    }

    @Test
    void leavesNestedRecordsToTheirOwnAnnotation() {
        Command command = new Command("Camps", List.of(), 3, new Nested("a\u0000b"));

        assertTrue(validator.validate(command).isEmpty(), "the nested record is not @Valid here");
        assertEquals(Set.of("note"), paths(validator.validate(command.nested())));
    }

    @Test
    void refusesANulInATextParameter() throws NoSuchMethodException {
        Method comment = Service.class.getDeclaredMethod("comment", String.class);

        assertEquals(1, validator.forExecutables().validateParameters(new Service(), comment, new Object[]{"\u0000"}).size());
        assertTrue(validator.forExecutables().validateParameters(new Service(), comment, new Object[]{"fine"}).isEmpty());
    }

    @Test
    void findsNulInTextCollectionsAndMapsOnly() {
        assertFalse(StorableTextValidator.storable("\u0000"));
        assertFalse(StorableTextValidator.storable(new StringBuilder("a\u0000")));
        assertFalse(StorableTextValidator.storable(List.of("a", "\u0000")));
        assertFalse(StorableTextValidator.storable(Map.of("\u0000", "a")));
        assertFalse(StorableTextValidator.storable(Map.of("a", "b\u0000c")));
        assertTrue(StorableTextValidator.storable("U+0000 is written \\u0000 or %00"));
        assertTrue(StorableTextValidator.storable(List.of(1, 2)));
        assertTrue(StorableTextValidator.storable(null));
    }

    @Test
    void saysWhatIsWrongInEnglishAndKorean() {
        MessageInterpolator messages = factory.getMessageInterpolator();
        ConstraintViolation<Command> v = validator.validate(new Command("\u0000", List.of(), 0, null)).iterator().next();
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
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
                throw new UnsupportedOperationException();
            }
        };

        assertTrue(messages.interpolate(v.getMessageTemplate(), context, Locale.ENGLISH)
                .startsWith("must not contain the NUL character (U+0000)"));
        assertTrue(messages.interpolate(v.getMessageTemplate(), context, Locale.KOREAN)
                .startsWith("NUL 문자(U+0000)를 포함할 수 없습니다"));
    }

    private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
