package org.corroborate.service.claim.imports;

import org.corroborate.service.shared.Message;

import java.io.Serializable;
import java.util.Locale;

/**
 * What is wrong with a file, its header or one row.
 *
 * @param row     the row as a spreadsheet numbers it (the header is row 1), or 0 for the file as a whole
 * @param column  the column's header name, or null when the problem is not one column's
 * @param message what is wrong and how to fix it
 */
public record ImportProblem(int row, String column, Message message) implements Serializable {

    static ImportProblem file(String key, Object... args) {
        return new ImportProblem(0, null, Message.of(ClaimImports.class, key, args));
    }

    static ImportProblem at(int row, Column column, String key, Object... args) {
        return new ImportProblem(row, column == null ? null : column.header(), Message.of(ClaimImports.class, key, args));
    }

    public String message(Locale locale) {
        return message.format(locale);
    }

    /** The problem in English, for logs and tests. */
    @Override
    public String toString() {
        return (row > 0 ? "row " + row + (column == null ? "" : " (" + column + ")") + ": " : "") + message(Locale.ENGLISH);
    }
}
