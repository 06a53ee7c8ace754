package org.corroborate.service.crossref;

import org.corroborate.service.source.SourceRef;

/**
 * One source of a figure-level chain.
 *
 * @param locator where in that source the figure is, as the citing passage says ("para. 778"); {@code null} for the
 *                cited source (its locator is the citation's), when not known, or for a source held in confidence
 */
public record HopView(SourceRef source, String locator) {
}
