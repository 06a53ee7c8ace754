/**
 * Citations: the anchor from a claim to a passage of a source, by locator (page, paragraph, footnote, ...)
 * and by quote (the exact words with a few words of context), with the citation's stance.
 */
package org.corroborate.model.citation;
