package org.corroborate.service.export;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.SourceView.AuthorView;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Sources as CSL-JSON items. */
class CslItemsTest {

    private static final OrganizationRef HRNK = new OrganizationRef("hrnk", "Committee for Human Rights in North Korea", "HRNK");

    @Test
    void mapsTheFieldsCslHasAndWritesJsonThatParses() {
        SourceView source = new SourceView(42, "NEWS_ARTICLE", "article-newspaper", "\"Quoted\" 북한 report",
                List.of(new AuthorView("Collins", "Robert", null, "Robert Collins"),
                        new AuthorView(null, null, "Daily NK", "Daily NK")),
                "The Federalist", "Pub", "Seoul", "2017-03", "2018-01-02", "https://example.org/a", "10.1000/x", "en",
                "A/HRC/25/63", "a note", "PUBLIC", HRNK, List.of(), List.of(), false);

        CSLItemData item = CslItems.of(source);
        JsonObject json = Json.createReader(new StringReader(CslItems.toJson(item))).readObject();

        assertEquals("42", json.getString("id"));
        assertEquals("article-newspaper", json.getString("type"));
        assertEquals("\"Quoted\" 북한 report", json.getString("title"));
        assertEquals("Collins", json.getJsonArray("author").getJsonObject(0).getString("family"));
        assertEquals("Robert", json.getJsonArray("author").getJsonObject(0).getString("given"));
        assertEquals("Daily NK", json.getJsonArray("author").getJsonObject(1).getString("literal"));
        assertEquals(2017, json.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).getInt(0));
        assertEquals(3, json.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).getInt(1));
        assertEquals("The Federalist", json.getString("container-title"));
        assertEquals("https://example.org/a", json.getString("URL"));
        assertEquals("10.1000/x", json.getString("DOI"));
        assertEquals(CSLType.ARTICLE_NEWSPAPER, item.getType());
        assertArrayEquals(new int[] {2018, 1, 2}, item.getAccessed().getDateParts()[0]);
    }

    @Test
    void refusesAStub() {
        SourceView stub = new SourceView(9, "INTERVIEW", "interview", null, List.of(), null, null, null, "2015", null,
                null, null, null, null, null, "HOLDER_ONLY", HRNK, List.of(), List.of(), true);

        assertThrows(IllegalArgumentException.class, () -> CslItems.of(stub));
    }
}
