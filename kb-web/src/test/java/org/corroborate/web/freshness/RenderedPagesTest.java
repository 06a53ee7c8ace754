package org.corroborate.web.freshness;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderedPagesTest {

    private static final List<Map.Entry<String, String>> HTML = List.of(Map.entry("Content-Type", "text/html;charset=UTF-8"));

    /** A claim page as the layout makes it: a long shared head and menus, a few lines of its own. */
    private static byte[] claimPage(long id, String figure) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Claim ").append(id)
                .append("</title>");
        for (int i = 0; i < 120; i++) {
            page.append("<link rel=\"stylesheet\" href=\"/jakarta.faces.resource/theme").append(i)
                    .append(".css.xhtml?ln=primefaces-saga&amp;v=15.0.13\"/>\n");
        }
        page.append("</head><body><nav>Home · Topics · Organizations · Sources · Search</nav><main><h1>Claim ")
                .append(id).append("</h1><p class=\"figure\">").append(figure).append("</p></main>");
        for (int i = 0; i < 40; i++) {
            page.append("<footer>Corroborate · open data · API · CSV · JSON-LD · Atom ").append(i).append("</footer>\n");
        }
        return page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static RenderedPages store(int megabytes) {
        RenderedPages pages = new RenderedPages();
        pages.megabytes = megabytes;
        return pages;
    }

    @Test
    void aKeptPageIsSentBackByteForByte() {
        RenderedPages pages = store(8);
        byte[] first = claimPage(1, "up to 120,000");
        byte[] second = claimPage(2, "between 50,000 and 200,000 — 탈북민");
        String key1 = "http://localhost:8080/claims/1|en";
        String key2 = "http://localhost:8080/claims/2|en";
        pages.put(key1, pages.pack(key1, 3, "\"a\"", HTML, first));
        pages.put(key2, pages.pack(key2, 4, "\"b\"", HTML, second));

        RenderedPages.Rendered kept = pages.get(key2);
        assertArrayEquals(second, kept.body());
        assertEquals(second.length, kept.length());
        assertEquals(4, kept.tick());
        assertEquals("\"b\"", kept.etag());
        assertEquals(HTML, kept.headers());
        assertArrayEquals(first, pages.get(key1).body());
    }

    @Test
    void pagesOfOneKindShareTheirLayoutAndKeepSmall() {
        RenderedPages pages = store(8);
        String key1 = "http://localhost:8080/claims/1|en";
        String key2 = "http://localhost:8080/claims/2|en";
        byte[] second = claimPage(2, "about 31,000");
        pages.pack(key1, 1, "\"a\"", HTML, claimPage(1, "up to 120,000"));
        RenderedPages.Rendered withLayout = pages.pack(key2, 1, "\"b\"", HTML, second);
        RenderedPages.Rendered alone = RenderedPages.Rendered.of(1, "\"b\"", HTML, second);

        assertTrue(withLayout.packed().length * 4 < alone.packed().length,
                withLayout.packed().length + " bytes with the kind's layout, " + alone.packed().length + " without");
        assertArrayEquals(second, withLayout.body());
    }

    @Test
    void pagesAreOfAKindByTheirAddressAndLanguage() {
        assertEquals("/claims|en", RenderedPages.kind("http://localhost:8080/claims/12|en"));
        assertEquals("/claims|ko", RenderedPages.kind("https://kb.example.org:443/claims/12|ko"));
        assertEquals("/measures|en", RenderedPages.kind("http://h:80/measures/nk-population/reconciliation/2|en"));
        assertEquals("/claim.xhtml|en", RenderedPages.kind("http://h:80/claim.xhtml?id=4|en"));
        assertEquals("/|ko", RenderedPages.kind("http://h:80/|ko"));
    }

    @Test
    void theLeastRecentlyReadGoFirstWhenTheBudgetIsSpent() {
        RenderedPages pages = store(1);
        java.util.Random random = new java.util.Random(7);
        byte[] noise = new byte[40_000]; // does not compress: each costs its size
        long kept = 0;
        for (int i = 0; i < 40; i++) {
            random.nextBytes(noise);
            String key = "http://h:80/sources/" + i + "|en";
            pages.put(key, RenderedPages.Rendered.of(i, "\"" + i + "\"", HTML, noise.clone()));
            if (i == 5) {
                assertNotNull(pages.get("http://h:80/sources/0|en")); // read: the most recent now
            }
        }
        RenderedPages.KeptPages usage = pages.usage();
        assertTrue(usage.bytes() <= usage.budget(), usage.toString());
        assertTrue(usage.pages() < 40 && usage.pages() > 10, usage.toString());
        assertNotNull(pages.get("http://h:80/sources/39|en"), "the newest is kept");
        assertNull(pages.get("http://h:80/sources/1|en"), "an old one unread since went");
        assertFalse(pages.roomFor(usage.budget() - usage.bytes() + 1));
        for (int i = 0; i < 40; i++) {
            if (pages.get("http://h:80/sources/" + i + "|en") != null) {
                kept++;
            }
        }
        assertEquals(usage.pages(), kept);
    }

    @Test
    void aBudgetOfNothingKeepsNothing() {
        RenderedPages pages = store(0);
        String key = "http://h:80/claims/1|en";
        pages.put(key, pages.pack(key, 1, "\"a\"", HTML, claimPage(1, "about 31,000")));
        assertNull(pages.get(key));
        assertEquals(0, pages.usage().pages());
    }
}
