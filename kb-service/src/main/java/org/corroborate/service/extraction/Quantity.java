package org.corroborate.service.extraction;

import org.corroborate.model.measure.Unit;

import java.math.BigDecimal;

/**
 * One number as read from tokens {@code from} (inclusive) to {@code to} (exclusive): a point ({@code low == high})
 * or, for magnitude words, a vague span.
 *
 * @param multiplier the multiplier written after the digits ("million"), or null
 * @param plain      digits only: no separators, decimals, multipliers, currency or words (candidates for years,
 *                   footnote markers and designations)
 * @param unit       a unit the number itself carries (currency sign, fraction as a percentage), or null
 */
record Quantity(int from, int to, BigDecimal low, BigDecimal high, boolean vague, BigDecimal multiplier,
                boolean plain, boolean words, Unit unit) {

    Quantity withUnit(Unit u, int newTo) {
        return new Quantity(from, newTo, low, high, vague, multiplier, false, words, u);
    }

    Quantity times(BigDecimal factor) {
        return new Quantity(from, to, low.multiply(factor), high.multiply(factor), vague, multiplier, plain, words, unit);
    }
}
