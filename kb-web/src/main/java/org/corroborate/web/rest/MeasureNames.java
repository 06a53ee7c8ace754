package org.corroborate.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corroborate.service.access.Reader;
import org.corroborate.service.measure.MeasureDetails;
import org.corroborate.service.measure.Measures;

import java.util.Optional;

/**
 * Every address that names a measure takes its slug ({@code nk-population}) or its id ({@code 12}) alike. A name that
 * is a slug of a measure this reader may know is that measure; else a positive whole number is an id. A measure the
 * reader may not know of is answered exactly as one that does not exist, whichever way it is named.
 */
@ApplicationScoped
public class MeasureNames {

    @Inject
    Measures measures;

    /** The measure named by its slug or id, as this reader may know it. */
    public Optional<MeasureDetails> find(String slugOrId, Reader reader) {
        if (slugOrId == null || slugOrId.isBlank()) {
            return Optional.empty();
        }
        Optional<MeasureDetails> bySlug = measures.findBySlug(slugOrId, reader);
        if (bySlug.isPresent() || !slugOrId.chars().allMatch(c -> c >= '0' && c <= '9') || slugOrId.length() > 18) {
            return bySlug;
        }
        long id = Long.parseLong(slugOrId);
        return id > 0 ? measures.find(id, reader) : Optional.empty();
    }

    /**
     * The slug of the measure named by its slug or id, for the services that take slugs; the name as given when no
     * measure this reader may know has it (the service then answers as for any unknown slug).
     */
    public String slug(String slugOrId, Reader reader) {
        if (slugOrId != null && !slugOrId.isEmpty() && slugOrId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return find(slugOrId, reader).map(MeasureDetails::slug).orElse(slugOrId);
        }
        return slugOrId;
    }
}
