/**
 * Claims: statements in a contributor's words, most with a {@link org.corroborate.model.claim.Figure},
 * about a measure over a period. The rule that turns a figure's qualifier into an interval lives in
 * {@link org.corroborate.model.claim.Qualifier} and nowhere else.
 * <p>
 * A claim's {@link org.corroborate.model.claim.Citation}s belong to its aggregate: each anchors the claim to a passage
 * of a source, by locator (page, paragraph, footnote, ...) and by quote (the exact words with a few words of
 * context), with the citation's stance.
 */
package org.corroborate.model.claim;
