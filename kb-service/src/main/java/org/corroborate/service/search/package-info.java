/**
 * Full-text search over what the public may read: verified claims, the measures they are about, and public
 * sources, in English and Korean (Apache Lucene with the Nori analyzer). The database stays the source of truth:
 * each node keeps its own index on disk, catches it up from the change record at start-up and keeps it current from
 * it, and rebuilds it from the database only when it is missing, of another shape or database, too far behind, or on
 * an admin's request.
 */
package org.corroborate.service.search;
