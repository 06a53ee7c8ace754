/**
 * Cross-referencing the claims of one measure: when two claims are comparable at all, whether their figures agree
 * or conflict (and how badly), revisions, duplicates, cumulative totals that fall, and independent origins.
 */
package org.corroborate.model.crossref;
