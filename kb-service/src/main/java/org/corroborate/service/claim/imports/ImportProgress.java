package org.corroborate.service.claim.imports;

/** Where an import reports how far it got; a running job shows it as a progress bar, and holds it to its time budget. */
interface ImportProgress {

    /** Checking starts on this many rows. */
    default void validating(int rows) {
    }

    /** This many rows are checked (or written). */
    default void advanced(int rows) {
    }

    /** Writing starts. */
    default void writing() {
    }

    /**
     * Called between rows and batches of rows.
     *
     * @throws org.corroborate.service.shared.InvalidInputException when the import has run past its time budget (its
     *                                                              transaction then writes nothing)
     */
    default void checkpoint() {
    }
}
