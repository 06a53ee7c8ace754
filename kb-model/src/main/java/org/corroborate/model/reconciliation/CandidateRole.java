package org.corroborate.model.reconciliation;

/** What a claim does in a reconciliation. */
public enum CandidateRole {
    /** The figure rests on it. */
    RECOMMENDED,
    /** Consistent with the recommended figure and weighed as support, but not relied on. */
    TRIANGULATION,
    /** Set aside, for a stated reason. */
    DEPRECATED
}
