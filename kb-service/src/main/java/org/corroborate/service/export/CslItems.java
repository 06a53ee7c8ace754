package org.corroborate.service.export;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.service.source.SourceView;

/** A source a reader may see in full as a CSL-JSON item; the reverse of the import's CslMapping. A pure class. */
public final class CslItems {

    private static final StringJsonBuilderFactory JSON = new StringJsonBuilderFactory();

    private CslItems() {
    }

    /**
     * The CSL item of a source, its id the source's id.
     *
     * @throws IllegalArgumentException for a stub: a source held in confidence has no bibliographic entry
     */
    public static CSLItemData of(SourceView source) {
        if (source.restricted()) {
            throw new IllegalArgumentException("Source " + source.id() + " is held in confidence: it has no CSL item.");
        }
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .id(String.valueOf(source.id()))
                .type(CSLType.fromString(source.cslType()))
                .title(source.title())
                .containerTitle(source.containerTitle())
                .publisher(source.publisher())
                .publisherPlace(source.publisherPlace())
                .URL(source.url())
                .DOI(source.doi())
                .language(source.language())
                .number(source.number())
                .volume(source.volume())
                .issue(source.issue())
                .page(source.page())
                .note(source.note());
        if (!source.authors().isEmpty()) {
            item.author(source.authors().stream().map(CslItems::name).toArray(CSLName[]::new));
        }
        if (source.issued() != null) {
            item.issued(date(source.issued()));
        }
        if (source.accessed() != null) {
            item.accessed(date(source.accessed()));
        }
        return item.build();
    }

    /** The item as CSL-JSON text. */
    public static String toJson(CSLItemData item) {
        return (String) item.toJson(JSON.createJsonBuilder());
    }

    private static CSLName name(SourceView.AuthorView author) {
        if (author.literal() != null) {
            return new CSLNameBuilder().literal(author.literal()).build();
        }
        return new CSLNameBuilder().family(author.family()).given(author.given()).build();
    }

    /** "2014", "2014-02" or "2014-02-07" as CSL date-parts. */
    private static CSLDate date(String isoPartialDate) {
        PartialDate d = PartialDate.parse(isoPartialDate);
        if (d.day() != null) {
            return new CSLDateBuilder().dateParts(d.year(), d.month(), d.day()).build();
        }
        if (d.month() != null) {
            return new CSLDateBuilder().dateParts(d.year(), d.month()).build();
        }
        return new CSLDateBuilder().dateParts(d.year()).build();
    }
}
