package org.corroborate.web.i18n;

import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.measure.Unit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A Korean reader tells every qualifier and every unit apart, as an English reader does. */
class KoreanLabelsTest {

    @Test
    void everyQualifierAndUnitHasItsOwnKoreanLabel() throws IOException {
        Properties ko = load("messages_ko.properties");
        Properties en = load("messages.properties");
        for (String prefix : new String[] {"qualifier.", "figure."}) {
            distinct(ko, en, prefix, Arrays.stream(Qualifier.values()).map(Enum::name).toArray(String[]::new));
        }
        distinct(ko, en, "unit.", Arrays.stream(Unit.values()).map(Enum::name).toArray(String[]::new));
    }

    private static void distinct(Properties ko, Properties en, String prefix, String[] names) {
        Map<String, String> seen = new HashMap<>();
        for (String name : names) {
            String label = ko.getProperty(prefix + name);
            assertNotNull(label, prefix + name + " has a Korean label");
            if (prefix.equals("figure.") && label.equals("{0} {1}")) {
                continue; // EXACT and BETWEEN write the figure as it is ("120,000 명"), in English too
            }
            assertNotEquals(en.getProperty(prefix + name), label, prefix + name + " is translated");
            String other = seen.put(label, name);
            assertEquals(null, other, prefix + name + " and " + prefix + other + " read alike in Korean: " + label);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = KoreanLabelsTest.class.getResourceAsStream("/org/corroborate/web/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
