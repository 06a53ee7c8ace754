/**
 * Conditional requests and the cache of rendered public pages. Every answer an anonymous reader gets from a public
 * page or the read API carries an ETag (a hash of its bytes) and a Last-Modified date (when the entry last changed,
 * from {@code service.freshness}), and a request that names either gets 304 Not Modified when nothing changed.
 * Rendered answers are kept in memory until a committed change reaches the entry they show.
 */
package org.corroborate.web.freshness;
