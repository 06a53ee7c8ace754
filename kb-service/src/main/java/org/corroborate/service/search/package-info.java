/**
 * Full-text search over what the public may read: verified claims, the measures they are about, and public
 * sources, in English and Korean (Apache Lucene with the Nori analyzer). The database stays the source of truth:
 * the index is built from it at start-up, updated after each committed change, and rebuilt on an admin's request.
 */
package org.corroborate.service.search;
