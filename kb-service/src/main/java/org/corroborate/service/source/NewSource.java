package org.corroborate.service.source;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.shared.StorableText;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;

import java.io.Serializable;
import java.util.List;

/**
 * What a member supplies to add a source. Dates are ISO partial dates ("2014", "2014-02", "2014-02-07"); volume, issue
 * and page say where a journal article or chapter sits in its container.
 */
@StorableText
public record NewSource(
        @NotBlank String holder,
        @NotNull SourceKind kind,
        @NotBlank @Size(max = 1000) String title,
        @NotNull List<@Valid NewAuthor> authors,
        @Size(max = 500) String containerTitle,
        @Size(max = 300) String publisher,
        @Size(max = 200) String publisherPlace,
        @Pattern(regexp = DATE, message = "{corroborate.partialDate}") String issued,
        @Pattern(regexp = DATE, message = "{corroborate.partialDate}") String accessed,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{corroborate.url}") String url,
        @Size(max = 200) String doi,
        @Size(max = 35) String language,
        @Size(max = 100) String number,
        @Size(max = 4000) String note,
        @NotNull Confidentiality confidentiality,
        @NotNull List<Long> relays,
        @Size(max = 50) String volume,
        @Size(max = 50) String issue,
        @Size(max = 50) String page) implements Serializable {

    /** The constructor JSON-B reads a body with: a field left out is null. */
    @JsonbCreator
    public NewSource {
    }

    /** A source without volume, issue or pages. */
    public NewSource(String holder, SourceKind kind, String title, List<NewAuthor> authors, String containerTitle,
                     String publisher, String publisherPlace, String issued, String accessed, String url, String doi,
                     String language, String number, String note, Confidentiality confidentiality, List<Long> relays) {
        this(holder, kind, title, authors, containerTitle, publisher, publisherPlace, issued, accessed, url, doi,
                language, number, note, confidentiality, relays, null, null, null);
    }

    /** This source with {@code volume}, {@code issue} and {@code page} (CSL's names: "379-423"). */
    public NewSource located(String volume, String issue, String page) {
        return new NewSource(holder, kind, title, authors, containerTitle, publisher, publisherPlace, issued, accessed,
                url, doi, language, number, note, confidentiality, relays, volume, issue, page);
    }

    static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    /** A person (family and optional given name) or, with only {@code literal}, an organization. */
    @StorableText
    public record NewAuthor(@Size(max = 200) String family, @Size(max = 200) String given,
                            @Size(max = 500) String literal) implements Serializable {
    }
}
