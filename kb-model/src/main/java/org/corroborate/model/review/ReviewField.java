package org.corroborate.model.review;

/** The part of a claim a review comment is about, so that the contributor knows exactly what to fix. */
public enum ReviewField {
    FIGURE, PERIOD, MEASURE, CITATION, POPULATION, STATEMENT, GENERAL
}
