package org.corroborate.web.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguagesTest {

    @Test
    void readsTheLanguagesInTheOrderOfPreference() {
        assertEquals(List.of(Locale.forLanguageTag("ko-KR"), Locale.KOREAN, Locale.ENGLISH),
                Languages.acceptable("en;q=0.5, ko-KR, ko;q=0.9"));
        assertEquals(List.of(Locale.KOREAN), Languages.acceptable("*;q=0.1, ko, en;q=0"));
    }

    @Test
    void aMalformedHeaderNamesNoLanguage() {
        for (String header : List.of(";;;q=x", "en;q=x", "ko;q=0.5,;;", "q=;;", ",,,", "en;q=2", "\u00ffko")) {
            assertEquals(List.of(), Languages.acceptable(header), header);
        }
        assertEquals(List.of(), Languages.acceptable(null));
        assertEquals(List.of(), Languages.acceptable(" "));
    }
}
