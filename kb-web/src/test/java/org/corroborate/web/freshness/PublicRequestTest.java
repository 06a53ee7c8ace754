package org.corroborate.web.freshness;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicRequestTest {

    private static final Set<String> SOURCES = Set.of("kind", "organization", "page", "lang");

    @Test
    void aQueryOfKnownParametersEachOnceIsCanonical() {
        assertEquals(Optional.empty(), PublicRequest.canonicalQuery(null, SOURCES));
        assertEquals(Optional.empty(), PublicRequest.canonicalQuery("", SOURCES));
        assertEquals(Optional.empty(), PublicRequest.canonicalQuery("kind=REPORT&page=2", SOURCES));
        assertEquals(Optional.empty(), PublicRequest.canonicalQuery("page=2&kind=REPORT", SOURCES),
                "the order the site's own links use is kept");
    }

    @Test
    void unknownParametersAreDroppedAndARepeatedOneKeepsItsFirstValue() {
        assertEquals(Optional.of("kind=REPORT"), PublicRequest.canonicalQuery("kind=REPORT&utm_source=mail", SOURCES));
        assertEquals(Optional.of(""), PublicRequest.canonicalQuery("x=" + "a".repeat(500), SOURCES));
        assertEquals(Optional.of("page=2"), PublicRequest.canonicalQuery("page=2&page=3", SOURCES));
        assertEquals(Optional.of("lang=ko"), PublicRequest.canonicalQuery("lang=ko&&lang", SOURCES), "empty pieces");
        assertEquals(Optional.of("kind=A%20B"), PublicRequest.canonicalQuery("kind=A%20B&%ZZ=1", SOURCES),
                "a malformed name is no parameter a page reads");
        assertEquals(Optional.of("p%61ge=1"), PublicRequest.canonicalQuery("p%61ge=1&page=2", SOURCES),
                "an escaped name counts as the name it spells: the second page is a repeat");
    }
}
