package org.corroborate.model.crossref;

import java.math.BigDecimal;

/**
 * How far apart two conflicting figures are, relative to their size: the gap between the intervals divided by the
 * larger of the two bounds that face each other. 24 million against 25 million is 1/25 = 4% apart (minor);
 * 2,000-9,999 against 50,000-200,000 is 40,001/50,000 = 80% apart (major).
 */
public enum Severity {
    /** Less than 10% apart: rounding, a different year's estimate, a different source of the same order. */
    MINOR,
    /** From 10% to 50% apart. */
    MODERATE,
    /** 50% apart or more: the figures tell different stories. */
    MAJOR;

    static final BigDecimal MODERATE_FROM = new BigDecimal("0.10");
    static final BigDecimal MAJOR_FROM = new BigDecimal("0.50");

    /** @param relativeGap the gap as a fraction of the larger facing bound, between 0 and 1 */
    public static Severity of(BigDecimal relativeGap) {
        if (relativeGap.compareTo(MAJOR_FROM) >= 0) {
            return MAJOR;
        }
        return relativeGap.compareTo(MODERATE_FROM) >= 0 ? MODERATE : MINOR;
    }
}
