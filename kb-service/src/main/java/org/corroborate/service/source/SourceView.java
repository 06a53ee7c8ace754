package org.corroborate.service.source;

import org.corroborate.model.source.Author;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.shared.OrganizationRef;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * A source as one reader may see it. For a source held in confidence by another organization, only the
 * stub is filled in (kind, year, holder) and {@code restricted} is true; everything else is null or empty.
 * The field names follow CSL-JSON where CSL has the field.
 */
public record SourceView(long id, String kind, String cslType, String title, List<AuthorView> authors,
                         String containerTitle, String publisher, String publisherPlace, String issued,
                         String accessed, String url, String doi, String language, String number, String note,
                         String confidentiality, OrganizationRef holder, List<SourceRef> relays,
                         List<SourceRef> relayedBy, boolean restricted, String volume, String issue,
                         String page) implements Serializable {

    /** A view without volume, issue or pages. */
    public SourceView(long id, String kind, String cslType, String title, List<AuthorView> authors,
                      String containerTitle, String publisher, String publisherPlace, String issued,
                      String accessed, String url, String doi, String language, String number, String note,
                      String confidentiality, OrganizationRef holder, List<SourceRef> relays,
                      List<SourceRef> relayedBy, boolean restricted) {
        this(id, kind, cslType, title, authors, containerTitle, publisher, publisherPlace, issued, accessed, url, doi,
                language, number, note, confidentiality, holder, relays, relayedBy, restricted, null, null, null);
    }

    /** An author in CSL-JSON's terms: a person's family and given names, or a literal name. */
    public record AuthorView(String family, String given, String literal, String displayName) implements Serializable {
        static AuthorView of(Author a) {
            return new AuthorView(a.getFamily(), a.getGiven(), a.getLiteral(), a.getDisplayName());
        }
    }

    /**
     * @return the view, or {@code null} when the reader may not know the source exists
     */
    public static SourceView of(Source s, Reader reader, List<Source> relayedBy) {
        Visibility visibility = Visibility.of(s, reader);
        OrganizationRef holder = OrganizationRef.of(s.getHolder());
        return switch (visibility) {
            case HIDDEN -> null;
            case STUB -> new SourceView(s.getId(), s.getKind().name(), s.getKind().cslType(), null, List.of(),
                    null, null, null, s.getIssued() == null ? null : String.valueOf(s.getIssued().year()),
                    null, null, null, null, null, null, s.getConfidentiality().name(), holder, List.of(), List.of(), true);
            case FULL -> new SourceView(s.getId(), s.getKind().name(), s.getKind().cslType(), s.getTitle(),
                    s.getAuthors().stream().map(AuthorView::of).toList(), s.getContainerTitle(), s.getPublisher(),
                    s.getPublisherPlace(), text(s.getIssued()), text(s.getAccessed()), s.getUrl(), s.getDoi(),
                    s.getLanguage(), s.getNumber(), s.getNote(), s.getConfidentiality().name(), holder,
                    refs(s.getRelays().stream().toList(), reader), refs(relayedBy, reader), false,
                    s.getVolume(), s.getIssue(), s.getPages());
        };
    }

    /**
     * The references this reader may see, hidden sources left out: those it may read in title order, then the stubs
     * in the order they were added (not by their titles, which the order would give away).
     */
    public static List<SourceRef> refs(List<Source> sources, Reader reader) {
        return sources.stream()
                .filter(s -> Visibility.of(s, reader) != Visibility.HIDDEN)
                .sorted(Comparator.comparing((Source s) -> Visibility.of(s, reader) == Visibility.STUB)
                        .thenComparing(s -> Visibility.of(s, reader) == Visibility.FULL ? s.getTitle() : "")
                        .thenComparing(Source::getId))
                .map(s -> SourceRef.of(s, Visibility.of(s, reader)))
                .toList();
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /** "Robert Collins; HRNK" */
    public String authorNames() {
        return String.join("; ", authors.stream().map(AuthorView::displayName).toList());
    }
}
