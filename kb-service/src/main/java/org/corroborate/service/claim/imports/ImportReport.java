package org.corroborate.service.claim.imports;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What an import did, or would do.
 *
 * @param outcome          see {@link Outcome}
 * @param fileName         the file's name as uploaded
 * @param sha256           the file's SHA-256 (hex)
 * @param rows             the number of claim rows in the file
 * @param problems         every problem of the file, its header or its rows, header first, then by row; empty unless
 *                         the outcome is {@link Outcome#INVALID}
 * @param created          the rows written, with their new claims (for a dry run: none)
 * @param alreadyPresent   rows skipped because the organization already has the same claim from an earlier import
 * @param importId         the recorded import, when one was written
 * @param previousImportAt when the same file was imported before, for {@link Outcome#ALREADY_IMPORTED}
 * @param previousImporter who imported it then
 */
public record ImportReport(Outcome outcome, String fileName, String sha256, int rows, List<ImportProblem> problems,
                           List<ImportedRow> created, List<Integer> alreadyPresent, Long importId,
                           Instant previousImportAt, String previousImporter) implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
        created = List.copyOf(created);
        alreadyPresent = List.copyOf(alreadyPresent);
    }

    public enum Outcome {
        /** The claims were written as drafts (possibly none, when every row was already present). */
        IMPORTED,
        /** A dry run found no problem; nothing was written. */
        VALID,
        /** At least one problem; nothing was written. */
        INVALID,
        /** This organization imported the same file before; nothing was written. */
        ALREADY_IMPORTED
    }

    /** One written row: its number in the file, the new draft claim and its statement. */
    public record ImportedRow(int row, long claim, String statement) implements Serializable {
    }

    public boolean invalid() {
        return outcome == Outcome.INVALID;
    }

    static ImportReport invalid(String fileName, String sha256, int rows, List<ImportProblem> problems) {
        return new ImportReport(Outcome.INVALID, fileName, sha256, rows, problems, List.of(), List.of(), null, null, null);
    }
}
