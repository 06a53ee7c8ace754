package org.corroborate.model.reconciliation;

/** How the recommended figure was arrived at. */
public enum Rule {
    /** The lowest of the recommended figures: what can be said with most confidence. */
    MOST_CONSERVATIVE,
    /** From the lowest to the highest bound of the recommended, independent figures. */
    ENVELOPE_OF_INDEPENDENT,
    /** The recommended figure for the latest period. */
    MOST_RECENT,
    /** The figure of the most authoritative source (an official count over an estimate, a report over news). */
    SOURCE_HIERARCHY,
    /** The editor's own weighing, explained in the rationale. */
    EDITORS_JUDGEMENT
}
