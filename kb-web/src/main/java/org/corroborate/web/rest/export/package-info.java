/**
 * {@code /api/v1/exports/*} and {@code /api/v1/feed.atom}: open data for anyone, the same for every caller
 * (what the anonymous public may see).
 */
package org.corroborate.web.rest.export;
