package org.corroborate.service.source.bibliography;

import org.corroborate.service.source.NewSource;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One record of a previewed file: where it is, what was understood, its problems and its possible duplicates.
 *
 * @param source what the record becomes as a source, or null when it could not be read at all
 */
public record ImportRecord(int index, String key, int line, BibliographyFormat format, NewSource source,
                           List<Problem> problems, List<DuplicateCandidate> duplicates) implements Serializable {

    /** True when nothing keeps the record from being written. */
    public boolean importable() {
        return source != null && problems.stream().noneMatch(Problem::isError);
    }

    public boolean hasDuplicates() {
        return !duplicates.isEmpty();
    }

    /** The existing sources of the importer's organization this record may be merged into. */
    public List<DuplicateCandidate> mergeable() {
        return duplicates.stream().filter(DuplicateCandidate::mergeable).toList();
    }

    /** "smith2014" or "#3". */
    public String label() {
        return key != null && !key.isBlank() ? key : "#" + index;
    }

    /** What the import does with this record unless told otherwise: create it, or skip a duplicate or a bad record. */
    public Decision defaultDecision() {
        return importable() && !hasDuplicates() ? Decision.create() : Decision.skip();
    }

    public List<String> problemTexts(Locale locale) {
        return problems.stream().map(p -> p.text(locale)).toList();
    }
}
