package org.corroborate.service.export;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Atom feed as XML. */
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final URI SITE = URI.create("https://kb.example.org/app/");

    private static Document write(List<FeedEntry> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AtomFeed("tag:example.org,2025:feed", "Feed", "Corroborate")
                .write(out, SITE, URI.create("https://kb.example.org/app/api/v1/feed.atom"), entries,
                        Instant.parse("2030-01-01T00:00:00Z"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void writesEntriesNewestFirstWithAbsoluteLinksUnderTheSite() throws Exception {
        Document feed = write(List.of(
                new FeedEntry("tag:example.org,2025:claim/1", "Old", Instant.parse("2025-01-01T10:00:00Z"),
                        "/claims/1", "Old & <dusty>", "HRNK"),
                new FeedEntry("tag:example.org,2025:measure/m/reconciliation/2", "New",
                        Instant.parse("2025-03-01T10:00:00.123Z"), "/measures/m/reconciliation/2", null, null)));

        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("2025-03-01T10:00:00Z", text(root, "updated"), "the newest entry's time, RFC 3339");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("New", text(first, "title"));
        assertEquals("https://kb.example.org/app/measures/m/reconciliation/2",
                ((Element) first.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        Element second = (Element) entries.item(1);
        assertEquals("Old & <dusty>", text(second, "summary"), "text is escaped, not taken for markup");
        assertEquals("HRNK", text((Element) second.getElementsByTagNameNS(ATOM, "author").item(0), "name"));
    }

    @Test
    void anEmptyFeedIsStillValidWithItsSelfLink() throws Exception {
        Element root = write(List.of()).getDocumentElement();

        assertEquals("2030-01-01T00:00:00Z", text(root, "updated"));
        assertEquals(0, root.getElementsByTagNameNS(ATOM, "entry").getLength());
        Element self = (Element) root.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals("self", self.getAttribute("rel"));
        assertEquals("https://kb.example.org/app/api/v1/feed.atom", self.getAttribute("href"));
    }
}
