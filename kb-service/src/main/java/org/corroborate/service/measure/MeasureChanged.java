package org.corroborate.service.measure;

/**
 * A measure's rules for comparing its claims changed (its tolerance for "about"), fired inside the transaction that
 * changed it, so findings about its claims are re-examined before the change commits.
 */
public record MeasureChanged(long measureId) {
}
