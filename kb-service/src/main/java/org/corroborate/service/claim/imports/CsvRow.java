package org.corroborate.service.claim.imports;

import java.util.Map;

/**
 * One row of claims as the file states it.
 *
 * @param number the row as a spreadsheet numbers it: the header is row 1, the first claim row 2
 * @param values the stripped cell of each column the header names; a blank cell is absent
 */
public record CsvRow(int number, Map<Column, String> values) {

    public CsvRow {
        values = Map.copyOf(values);
    }

    /** The cell, or null when blank or when the file has no such column. */
    public String get(Column column) {
        return values.get(column);
    }

    public boolean has(Column column) {
        return values.containsKey(column);
    }
}
