package org.corroborate.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NulCharactersTest {

    @Test
    void findsTheNulCharacterInAnAddressAsSent() {
        assertTrue(NulCharacters.carriesNul("q=camp%00s"));
        assertTrue(NulCharacters.carriesNul("/api/v1/measures/it%00/reconciliation"));
        assertTrue(NulCharacters.carriesNul("q=%00"));
        assertTrue(NulCharacters.carriesNul("q=a\u0000b"));
    }

    @Test
    void letsEverythingElseThrough() {
        assertFalse(NulCharacters.carriesNul(null));
        assertFalse(NulCharacters.carriesNul(""));
        assertFalse(NulCharacters.carriesNul("q=%2500&year=2000&limit=100"), "a percent sign followed by 00, and zeros");
        assertFalse(NulCharacters.carriesNul("q=%EC%A0%95%EC%B9%98%EB%B2%94&offset=0"));
        assertFalse(NulCharacters.carriesNul("/measures/nk-population/reconciliation/100"));
    }
}
