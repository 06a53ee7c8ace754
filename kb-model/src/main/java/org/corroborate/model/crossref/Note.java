package org.corroborate.model.crossref;

/** What an editor should know about a finding beyond its verdict. */
public enum Note {
    /**
     * The figures are a hair apart (at most 1%, or a few units of a count) and come from the same publisher or the same
     * origin: one is the other rounded or restated, so they agree.
     */
    ROUNDING,
    /**
     * The figures meet at one bound ("about 30,000", reaching 33,000, against "more than 33,000"; "31,000" against
     * "more than 31,000"): sources round, so meeting is not a conflict.
     */
    TOUCHING
}
