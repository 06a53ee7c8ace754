package org.corroborate.service.account;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsTest {

    @Test
    void apiTokenHasTheMarkAVisiblePrefixAndIsStoredOnlyAsItsSha256() {
        Secrets.NewApiToken token = Secrets.newApiToken();
        assertTrue(token.text().startsWith("cbt_"));
        assertEquals(4 + 43, token.text().length());
        assertEquals(token.text().substring(0, 12), token.prefix());
        assertEquals(Secrets.sha256(token.text()), token.hash());
        assertEquals(64, token.hash().length());
        assertFalse(token.hash().contains(token.text().substring(4)), "the hash does not contain the secret");
        assertFalse(token.toString().contains(token.text()), "a token never lands in a log by toString");
        assertTrue(Secrets.looksLikeApiToken(token.text()));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(Secrets.newApiToken().text()));
            assertTrue(seen.add(Secrets.randomToken()));
        }
    }

    @Test
    void sha256MatchesTheStandardTestVector() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.sha256("abc"));
        assertNotEquals(Secrets.sha256("abc"), Secrets.sha256("abd"));
    }

    @Test
    void textOfAnotherShapeIsNotTakenForAToken() {
        assertFalse(Secrets.looksLikeApiToken(null));
        assertFalse(Secrets.looksLikeApiToken(""));
        assertFalse(Secrets.looksLikeApiToken("cbt_short"));
        assertFalse(Secrets.looksLikeApiToken("xyz_" + "A".repeat(43)));
        assertFalse(Secrets.looksLikeApiToken("cbt_" + "A".repeat(42) + "!"));
        assertTrue(Secrets.looksLikeApiToken("cbt_" + "A".repeat(43)));
    }
}
