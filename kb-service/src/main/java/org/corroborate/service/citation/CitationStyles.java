package org.corroborate.service.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.output.Bibliography;
import jakarta.enterprise.context.ApplicationScoped;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.service.source.SourceView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formats a source, as a reader sees it, as a bibliography entry in a CSL style; plain text, so nothing in a source
 * can become markup. One citeproc processor per style is kept and used by one thread at a time (citeproc is not
 * thread-safe).
 */
@ApplicationScoped
public class CitationStyles {

    /** Chicago author-date: the default. */
    public static final String DEFAULT = "chicago-author-date";
    /** The styles readers may choose, by CSL style id. */
    public static final List<String> STYLES = List.of(DEFAULT, "apa", "modern-language-association");

    private static final String LOCALE = "en-US";

    private final Map<String, Processor> processors = new ConcurrentHashMap<>();

    /** The style asked for when it is one we offer, otherwise {@link #DEFAULT}. */
    public static String styleOrDefault(String requested) {
        return requested != null && STYLES.contains(requested) ? requested : DEFAULT;
    }

    /**
     * The source as a bibliography entry in the style, as plain text ("United Nations ... 2014. ..."); empty for a
     * source the reader sees only as a stub, whose fields are hidden, or for a style we do not offer.
     */
    public Optional<String> format(SourceView source, String style) {
        if (source == null || source.restricted() || !STYLES.contains(style)) {
            return Optional.empty();
        }
        CSLItemData item = item(source);
        String entry = processors.computeIfAbsent(style, Processor::new).format(item);
        return entry.isBlank() ? Optional.empty() : Optional.of(entry.strip());
    }

    /** The source's fields in CSL terms; the field names of {@link SourceView} already follow CSL-JSON. */
    static CSLItemData item(SourceView s) {
        CSLType type = s.cslType() == null ? CSLType.REPORT : CSLType.fromString(s.cslType());
        CSLName[] authors = s.authors().stream().map(a -> a.literal() != null
                ? new CSLNameBuilder().literal(a.literal()).build()
                : new CSLNameBuilder().family(a.family()).given(a.given()).build()).toArray(CSLName[]::new);
        CSLItemDataBuilder b = new CSLItemDataBuilder().id("source-" + s.id()).type(type).title(s.title())
                .containerTitle(s.containerTitle()).publisher(s.publisher()).publisherPlace(s.publisherPlace())
                .URL(s.url()).DOI(s.doi()).number(s.number()).language(s.language())
                .volume(s.volume()).issue(s.issue()).page(s.page());
        if (authors.length > 0) {
            b.author(authors);
        }
        CSLDate issued = date(s.issued());
        if (issued != null) {
            b.issued(issued);
        }
        CSLDate accessed = date(s.accessed());
        if (accessed != null) {
            b.accessed(accessed);
        }
        return b.build();
    }

    private static CSLDate date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        PartialDate d = PartialDate.parse(iso);
        return switch (d.precision()) {
            case YEAR -> new CSLDateBuilder().dateParts(d.year()).build();
            case MONTH -> new CSLDateBuilder().dateParts(d.year(), d.month()).build();
            case DAY -> new CSLDateBuilder().dateParts(d.year(), d.month(), d.day()).build();
        };
    }

    /** One style's processor, formatting one item at a time from a provider that holds just that item. */
    private static final class Processor implements ItemDataProvider {

        private final CSL csl;
        private CSLItemData current;

        Processor(String style) {
            try {
                csl = new CSL(this, style, LOCALE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load CSL style " + style, e);
            }
        }

        synchronized String format(CSLItemData item) {
            current = item;
            try {
                csl.reset();
                csl.setOutputFormat("text"); // plain text: the page escapes it, so no source field becomes markup
                csl.registerCitationItems(item.getId());
                Bibliography bibliography = csl.makeBibliography();
                return bibliography.getEntries().length == 0 ? "" : bibliography.getEntries()[0];
            } finally {
                current = null;
                csl.reset();
            }
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return current != null && current.getId().equals(id) ? current : null;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return current == null ? List.of() : List.of(current.getId());
        }
    }
}
