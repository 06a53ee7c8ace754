package org.corroborate.service.extraction;

import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.measure.Unit;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A figure found in a source's text, offered to a contributor as the start of a claim.
 *
 * <p>{@code page.substring(start, end)} is the phrase as written, except when the phrase runs across a hyphenated
 * line break ("120,-\n000", "thou-\nsand"): then the offsets still cover the original span and the phrase is the
 * joined text ("120,000", "thousand").</p>
 *
 * @param phrase    the figure as written ("between 80,000 and 120,000"), with its qualifier and any unit written
 *                  with the number ("25 percent", "$1.5 billion", "3 months"), not the noun counted ("people")
 * @param qualifier how the figure is qualified (EXACT, ABOUT, UP_TO, BETWEEN, ...)
 * @param value     the single number, for figures that are not ranges; else null
 * @param low       the low bound (for ranges and lower-bounded figures), else null
 * @param high      the high bound (for ranges and upper-bounded figures), else null
 * @param unit      the unit understood (PERSONS when in doubt for counts of people, PERCENT, US_DOLLARS, ...), or null
 * @param vague     true for magnitude words ("tens of thousands") whose bounds are only a reading; the readings
 *                  are listed on {@link FigureExtractor}
 * @param sentence  the sentence the figure is in
 * @param page      the 1-based page of the text it is on
 * @param start     its start offset within that page's text
 * @param end       its end offset (exclusive) within that page's text
 */
public record FigureCandidate(String phrase, Qualifier qualifier, BigDecimal value, BigDecimal low, BigDecimal high,
                              Unit unit, boolean vague, String sentence, int page, int start, int end) implements Serializable {
}
