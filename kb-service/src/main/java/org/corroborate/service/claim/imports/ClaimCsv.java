package org.corroborate.service.claim.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a claims CSV file (RFC 4180, comma-separated, UTF-8 with or without a byte-order mark, header row required)
 * into rows, with every problem of the file or its header. Pure: no container, no database.
 */
public final class ClaimCsv {

    /** The largest file accepted: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most claim rows one file may hold. */
    public static final int MAX_ROWS = 10_000;

    /**
     * The most problems a file's report lists: past them the rows are not checked, so that the answer to a file of
     * bad rows stays far smaller than the file (FuzzIT found a 160 KB file answered with 52 MB of problems).
     */
    public static final int MAX_PROBLEMS = 100;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    private ClaimCsv() {
    }

    /**
     * The file's rows, or, when the file or its header is unusable, its problems (and no rows).
     *
     * @param rows the claim rows, blank rows left out
     */
    public record CsvFile(List<ImportProblem> problems, List<CsvRow> rows) {
        public boolean usable() {
            return problems.isEmpty();
        }
    }

    public static CsvFile read(byte[] content) {
        if (content == null || content.length == 0) {
            return failed(ImportProblem.file("file.empty"));
        }
        if (content.length > MAX_BYTES) {
            return failed(ImportProblem.file("file.tooLarge", content.length, MAX_BYTES));
        }
        String text;
        try {
            text = decode(content);
        } catch (CharacterCodingException e) {
            return failed(ImportProblem.file("file.notUtf8"));
        }
        if (text.isBlank()) {
            return failed(ImportProblem.file("file.empty"));
        }
        int lastRow = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRecord = records.next();
            List<ImportProblem> problems = new ArrayList<>();
            Map<Integer, Column> columns = header(headerRecord, problems);
            if (!problems.isEmpty()) {
                return failed(problems);
            }
            List<CsvRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRow = (int) record.getRecordNumber();
                Map<Column, String> values = new EnumMap<>(Column.class);
                boolean blank = true;
                for (int i = 0; i < record.size(); i++) {
                    String cell = record.get(i);
                    if (cell == null || cell.isBlank()) {
                        continue;
                    }
                    blank = false;
                    Column column = columns.get(i);
                    if (column == null) {
                        return failed(ImportProblem.at(lastRow, null, "row.extraCells", headerRecord.size()));
                    }
                    values.put(column, cell.strip());
                }
                if (blank) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    return failed(ImportProblem.file("file.tooManyRows", MAX_ROWS));
                }
                rows.add(new CsvRow(lastRow, values));
            }
            if (rows.isEmpty()) {
                return failed(ImportProblem.file("file.noRows"));
            }
            return new CsvFile(List.of(), List.copyOf(rows));
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            // Commons CSV reports a broken quote as an IOException, wrapped when it comes from the iterator
            return failed(ImportProblem.file("file.malformed", lastRow + 1));
        }
    }

    /**
     * Whether the file has more than {@link #MAX_ROWS} claim rows (blank rows left out, as {@link #read} does), counted
     * without building them, so that a file too long is refused before it is queued. A file that is not CSV or not
     * UTF-8 counts as not too long: {@link #read} reports what is wrong with it.
     */
    public static boolean hasTooManyRows(byte[] content) {
        if (content == null || content.length == 0) {
            return false;
        }
        String text;
        try {
            text = decode(content);
        } catch (CharacterCodingException e) {
            return false;
        }
        int rows = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (records.hasNext()) {
                records.next(); // the header
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!blank(record) && ++rows > MAX_ROWS) {
                    return true;
                }
            }
            return false;
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            return false;
        }
    }

    private static boolean blank(CSVRecord record) {
        for (String cell : record) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] content) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The column of each position of the header row; missing, unknown and repeated columns as problems. */
    private static Map<Integer, Column> header(CSVRecord header, List<ImportProblem> problems) {
        if (header.size() > Column.values().length + 1) { // every column once, and a trailing comma
            // one problem, not one per cell: a header of a million cells would list a million problems (FuzzIT)
            problems.add(ImportProblem.at(1, null, "header.tooManyColumns", header.size(), Column.values().length, Column.all()));
            return Map.of();
        }
        Map<Integer, Column> columns = new HashMap<>();
        Map<Column, Integer> seen = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name == null || name.isBlank()) {
                if (i == header.size() - 1 && i > 0) {
                    continue; // a trailing comma, as some spreadsheets write
                }
                problems.add(ImportProblem.at(1, null, "header.blank", i + 1));
                continue;
            }
            Column column = Column.named(name).orElse(null);
            if (column == null) {
                problems.add(new ImportProblem(1, name.strip(),
                        org.corroborate.service.shared.Message.of(ClaimImports.class, "header.unknown", name.strip(), Column.all())));
            } else if (seen.putIfAbsent(column, i) != null) {
                problems.add(ImportProblem.at(1, column, "header.duplicate", column.header()));
            } else {
                columns.put(i, column);
            }
        }
        for (Column c : Column.values()) {
            if (c.required() && !seen.containsKey(c)) {
                problems.add(ImportProblem.at(1, c, "header.missing", c.header()));
            }
        }
        return columns;
    }

    private static CsvFile failed(ImportProblem problem) {
        return failed(List.of(problem));
    }

    private static CsvFile failed(List<ImportProblem> problems) {
        return new CsvFile(List.copyOf(problems), List.of());
    }
}
