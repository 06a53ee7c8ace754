package org.corroborate.service.claim;

import org.corroborate.model.claim.Locator;
import org.corroborate.model.claim.LocatorType;
import org.corroborate.model.claim.ClaimStatus;

import java.util.Optional;

/** Small rules of contribution, kept apart from persistence so that they can be tested alone. */
final class CitationRules {

    private CitationRules() {
    }

    /**
     * The locator a quoted citation keeps: the contributor's own when given, else the page where the quote was
     * found in the held text, else none (the caller then asks for one).
     */
    static Locator locator(Locator given, Optional<Integer> foundOnPage) {
        if (given != null) {
            return given;
        }
        return foundOnPage.map(page -> new Locator(LocatorType.PAGE, String.valueOf(page))).orElse(null);
    }

    /**
     * The key of the message naming what a claim lacks before it can be submitted ("submit.incomplete.cp" for
     * citation and period), or empty when nothing is missing.
     */
    static Optional<String> missingForSubmission(boolean hasCitation, boolean hasMeasure, boolean hasPeriod) {
        String missing = (hasCitation ? "" : "c") + (hasMeasure ? "" : "m") + (hasPeriod ? "" : "p");
        return missing.isEmpty() ? Optional.empty() : Optional.of("submit.incomplete." + missing);
    }

    /** The message key refusing a change to a claim in this status, or empty when it may still be changed. */
    static Optional<String> refusalToChange(ClaimStatus status) {
        return status.isEditable() ? Optional.empty() : Optional.of("notEditable." + status.name());
    }
}
