package org.corroborate.model.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorTest {

    @Test
    void aPersonIsShownGivenNameFirst() {
        Author author = Author.person(" Collins ", " Robert ");

        assertEquals("Collins", author.getFamily());
        assertEquals("Robert", author.getGiven());
        assertFalse(author.isLiteral());
        assertEquals("Robert Collins", author.getDisplayName());
    }

    @ParameterizedTest(name = "given name \"{0}\" is no given name")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aPersonMayHaveOnlyAFamilyName(String given) {
        Author author = Author.person("Kim", given);

        assertNull(author.getGiven());
        assertEquals("Kim", author.getDisplayName());
    }

    @ParameterizedTest(name = "family name \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aPersonNeedsAFamilyName(String family) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Author.person(family, "Robert"));

        assertEquals("A person author needs a family name.", e.getMessage());
    }

    @Test
    void aLiteralNameIsKeptWhole() {
        Author author = Author.literal(" UN Commission of Inquiry on Human Rights in the DPRK ");

        assertTrue(author.isLiteral());
        assertNull(author.getFamily());
        assertEquals("UN Commission of Inquiry on Human Rights in the DPRK", author.getDisplayName());
    }

    @ParameterizedTest(name = "literal name \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aLiteralNeedsAName(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Author.literal(name));

        assertEquals("An author needs a name.", e.getMessage());
    }

    @Test
    void authorsAreEqualByTheirNames() {
        assertEquals(Author.person("Collins", "Robert"), Author.person("Collins", "Robert"));
        assertEquals(Author.person("Collins", "Robert").hashCode(), Author.person("Collins", "Robert").hashCode());
        assertNotEquals(Author.person("Collins", "Robert"), Author.literal("Robert Collins"));
    }
}
