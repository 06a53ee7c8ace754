/**
 * Browsing what the public may see: the home page's latest and contested figures, topics, organizations and the
 * public sources, each read with bounded, paged queries (no query per row).
 */
package org.corroborate.service.browse;
