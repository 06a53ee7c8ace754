/**
 * Claims: statements in a contributor's words, most with a {@link org.corroborate.model.claim.Figure},
 * about a measure over a period. The rule that turns a figure's qualifier into an interval lives in
 * {@link org.corroborate.model.claim.Qualifier} and nowhere else.
 */
package org.corroborate.model.claim;
