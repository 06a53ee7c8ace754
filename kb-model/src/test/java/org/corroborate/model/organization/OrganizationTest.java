package org.corroborate.model.organization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrganizationTest {

    @Test
    void keepsItsSlugAndStrippedName() {
        Organization organization = new Organization("hrnk", "  Committee for Human Rights in North Korea ");

        assertEquals("hrnk", organization.getSlug());
        assertEquals("Committee for Human Rights in North Korea", organization.getName());
    }

    @ParameterizedTest(name = "slug \"{0}\" is refused")
    @ValueSource(strings = {"HRNK", "hrnk_2", "hr--nk", "-hrnk", "hrnk-", "hr nk", " hrnk"})
    void refusesABadSlug(String slug) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Organization(slug, "Name"));

        assertEquals("Slug \"" + slug + "\" may hold only lowercase letters, digits and single hyphens.", e.getMessage());
    }

    @ParameterizedTest(name = "slug \"{0}\" is refused as missing")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesABlankSlug(String slug) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Organization(slug, "Name"));

        assertEquals("An organization needs a slug.", e.getMessage());
    }

    @ParameterizedTest(name = "name \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesABlankName(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Organization("hrnk", name));

        assertEquals("An organization needs a name.", e.getMessage());
    }

    @Test
    void displaysItsShortNameWhenItHasOne() {
        Organization organization = new Organization("nkdb", "Database Center for North Korean Human Rights");
        assertEquals("Database Center for North Korean Human Rights", organization.getDisplayName());

        organization.describe("NKDB", "South Korea", null, null);
        assertEquals("NKDB", organization.getDisplayName());

        organization.describe("  ", "South Korea", null, null);
        assertEquals("Database Center for North Korean Human Rights", organization.getDisplayName());
    }

    @Test
    void organizationsAreEqualByTheirSlug() {
        assertEquals(new Organization("hrnk", "A"), new Organization("hrnk", "B"));
        assertEquals(new Organization("hrnk", "A").hashCode(), new Organization("hrnk", "B").hashCode());
        assertNotEquals(new Organization("hrnk", "A"), new Organization("nkdb", "A"));
    }
}
