package org.corroborate.service.claim.imports;

/** Where an import reports how far it got; a running job shows it as a progress bar. */
interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** Checking starts on this many rows. */
    default void validating(int rows) {
    }

    /** This many rows are checked (or written). */
    default void advanced(int rows) {
    }

    /** Writing starts. */
    default void writing() {
    }
}
