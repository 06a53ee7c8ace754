package org.corroborate.service.export;

/**
 * Text cells of CSV files that people open in a spreadsheet, made safe from formula injection ("CSV injection", as
 * OWASP names it). Excel, LibreOffice Calc and Google Sheets read a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula, and a leading tab or carriage return can hide such a start; a contributor
 * could thus plant in a statement or a source title a formula ({@code =HYPERLINK(...)}, {@code =WEBSERVICE(...)},
 * DDE) that runs on the computer of whoever opens the export. Following OWASP's advice, such a cell is prefixed with
 * an apostrophe, which spreadsheets read as "this is text" and do not show.
 * <p>
 * Only text that people wrote goes through here: the numbers, ids and dates the application itself writes stay plain,
 * so that a spreadsheet still reads them as numbers. (The CSV quoting of commas, quotes and line breaks is the CSV
 * printer's job, not this class's.) A pure class.
 */
public final class SpreadsheetCells {

    /** The characters that make a spreadsheet read a cell as a formula when it starts with one of them. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    /** What is put before such a cell: spreadsheets read it as "text follows" and do not show it. */
    static final char TEXT_PREFIX = '\'';

    private SpreadsheetCells() {
    }

    /**
     * The text as a cell a spreadsheet shows as it is: prefixed with an apostrophe when it starts with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return; otherwise unchanged.
     *
     * @param text user-supplied text, or null
     * @return the text, neutralised; null for null
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return TEXT_PREFIX + text;
    }
}
