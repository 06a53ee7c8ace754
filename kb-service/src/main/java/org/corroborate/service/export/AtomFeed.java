package org.corroborate.service.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** Writes an Atom 1.0 feed (RFC 4287) with StAX: newest entries first, links absolute on the site. A pure class. */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final String id;
    private final String title;
    private final String author;

    /**
     * @param id     the feed's own permanent URI
     * @param author the feed's author, for entries that name none
     */
    public AtomFeed(String id, String title, String author) {
        this.id = id;
        this.title = title;
        this.author = author;
    }

    /**
     * Writes the feed in UTF-8; {@code out} stays open.
     *
     * @param site     the site's root, ending with "/"; entry paths are resolved against it
     * @param self     where the feed itself is served
     * @param entries  the entries, in any order; written newest first
     * @param now      the feed's "updated" when there are no entries
     */
    public void write(OutputStream out, URI site, URI self, List<FeedEntry> entries, Instant now)
            throws XMLStreamException {
        List<FeedEntry> newestFirst = entries.stream()
                .sorted(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id))
                .toList();
        Instant updated = newestFirst.isEmpty() ? now : newestFirst.get(0).updated();
        XMLStreamWriter xml = XML.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        text(xml, "id", id);
        text(xml, "title", title);
        text(xml, "updated", timestamp(updated));
        link(xml, "self", self.toString(), "application/atom+xml");
        link(xml, "alternate", site.toString(), "text/html");
        author(xml, author);
        for (FeedEntry e : newestFirst) {
            xml.writeStartElement(ATOM, "entry");
            text(xml, "id", e.id());
            text(xml, "title", e.title());
            text(xml, "updated", timestamp(e.updated()));
            link(xml, "alternate", resolve(site, e.path()), "text/html");
            if (e.author() != null) {
                author(xml, e.author());
            }
            if (e.summary() != null) {
                text(xml, "summary", e.summary());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** A path from the site's root, resolved under the site (which may itself live below a context path). */
    static String resolve(URI site, String path) {
        return site.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    /** RFC 3339, to the second: "2025-03-01T10:15:30Z". */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement(ATOM, "author");
        text(xml, "name", name);
        xml.writeEndElement();
    }
}
