/**
 * Validators and cache rules of anonymous readers' answers, for the front cache (nginx) to keep and revalidate. An
 * answer from a public page or the read API carries an ETag and a Last-Modified date computed from the change record
 * ({@code service.freshness}) without rendering, so every node gives the same ones; a revalidation whose ETag is still
 * current gets 304 Not Modified without rendering. Addresses are canonical: an unknown or repeated query parameter
 * answers 301 to the canonical address, so the front keeps one copy per answer.
 */
package org.corroborate.web.freshness;
