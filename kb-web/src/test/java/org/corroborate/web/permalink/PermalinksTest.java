package org.corroborate.web.permalink;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PermalinksTest {

    @Test
    void eachPermalinkStandsForItsPage() {
        assertEquals(Optional.of("/measure.xhtml?slug=nk-population"), Permalinks.target("/measures/nk-population"));
        assertEquals(Optional.of("/reconciliation.xhtml?measure=political-prisoners&v=2"),
                Permalinks.target("/measures/political-prisoners/reconciliation/2"));
        assertEquals(Optional.of("/claim.xhtml?id=12"), Permalinks.target("/claims/12/"));
        assertEquals(Optional.of("/source.xhtml?id=7"), Permalinks.target("/sources/7"));
        assertEquals(Optional.of("/topic.xhtml?name=Prison+camps"), Permalinks.target("/topics/Prison%20camps"));
        assertEquals(Optional.of("/organization.xhtml?slug=hrnk"), Permalinks.target("/organizations/hrnk"));
        assertEquals(Optional.of("/sources.xhtml"), Permalinks.target("/sources"));
        assertEquals(Optional.of("/sources.xhtml"), Permalinks.target("/sources/"));
        assertEquals(Optional.of("/methodology.xhtml"), Permalinks.target("/methodology"));
    }

    @Test
    void malformedAddressesAreNoPermalinks() {
        assertEquals(Optional.empty(), Permalinks.target("/claims/twelve"));
        assertEquals(Optional.empty(), Permalinks.target("/measures/Bad_Slug"));
        assertEquals(Optional.empty(), Permalinks.target("/claims/12/extra"));
    }
}
