package org.corroborate.service.source.bibliography;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.List;

/**
 * One record as the file reader found it: its place in the file, and either the CSL item citeproc-java made of
 * it or the problems that kept it from being read.
 *
 * @param index    1 for the first record of the file
 * @param key      the record's own key (BibTeX key, RIS ID, CSL-JSON id), or null when it has none
 * @param line     the line (from 1) the record starts on
 * @param item     the CSL item, or null when the record could not be read
 * @param problems what went wrong or was guessed while reading
 */
public record ParsedRecord(int index, String key, int line, CSLItemData item, List<Problem> problems) {

    /** "smith2014" or "record 3". */
    public String label() {
        return key != null && !key.isBlank() ? key : "#" + index;
    }
}
