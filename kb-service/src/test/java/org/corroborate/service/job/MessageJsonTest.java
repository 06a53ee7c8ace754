package org.corroborate.service.job;

import org.corroborate.service.shared.Message;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MessageJsonTest {

    @Test
    void aFailureKeptInARowReadsBackInEitherLanguageWithItsNumbersFormatted() {
        Message over = new Message("org.corroborate.service.claim.imports.Messages", "job.overTime", new Object[]{300L, 5L});
        Message read = MessageJson.read(MessageJson.write(over));
        assertEquals(over.format(Locale.ENGLISH), read.format(Locale.ENGLISH));
        assertEquals(over.format(Locale.KOREAN), read.format(Locale.KOREAN));
        assertArrayEquals(new Object[]{300, 5}, read.args());

        Message mixed = new Message("b", "k", new Object[]{"text", 1.5, true, null, 12_345_678_901L});
        assertArrayEquals(new Object[]{"text", new java.math.BigDecimal("1.5"), true, null, 12_345_678_901L},
                MessageJson.read(MessageJson.write(mixed)).args());
        assertNull(MessageJson.read(null));
    }
}
