/**
 * Open data: what the anonymous public may see (verified claims, published reconciliations, sources with confidential
 * ones as stubs) exported as CSV, a JSON dump, a CSL-JSON bibliography and an Atom feed.
 */
package org.corroborate.service.export;
