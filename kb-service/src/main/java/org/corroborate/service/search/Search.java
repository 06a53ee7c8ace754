package org.corroborate.service.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;

/**
 * Searching the public entries, and the admin's rebuild. Everyone searches the same public index: members find
 * their organizations' unpublished material through their own pages, never through search.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Search {

    @Inject
    SearchIndex index;

    /**
     * The public entries that match.
     *
     * @throws InvalidInputException when the query names neither words nor a facet (it would list everything)
     */
    public SearchResults search(@NotNull Reader reader, @NotNull @Valid SearchQuery query) {
        if (query.isBlank()) {
            throw InvalidInputException.of(SearchIndex.class, "query.empty");
        }
        return index.search(query);
    }

    public IndexStatus status() {
        return index.status();
    }

    /**
     * Rebuilds the index from the database in the background.
     *
     * @return the index's status, showing the rebuild under way
     * @throws NotPermittedException for anyone but a platform admin
     */
    public IndexStatus rebuild(@NotNull Reader reader) {
        if (!reader.isPlatformAdmin()) {
            throw NotPermittedException.of(Search.class, "rebuild.notPermitted");
        }
        index.rebuild();
        return index.status();
    }
}
