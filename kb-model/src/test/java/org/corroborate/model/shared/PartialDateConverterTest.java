package org.corroborate.model.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PartialDateConverterTest {

    private final PartialDateConverter converter = new PartialDateConverter();

    @ParameterizedTest(name = "\"{0}\" is stored as itself")
    @ValueSource(strings = {"2014", "2023-08", "2023-10-09"})
    void storesTheIsoTextAndReadsBackTheSamePrecision(String text) {
        PartialDate date = PartialDate.parse(text);

        String column = converter.convertToDatabaseColumn(date);

        assertEquals(text, column);
        assertEquals(date, converter.convertToEntityAttribute(column));
        assertEquals(date.precision(), converter.convertToEntityAttribute(column).precision());
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void refusesAStoredValueThatIsNotADate() {
        assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute("2023/08"));
    }
}
