/**
 * Bibliographic import: CSL-JSON, BibTeX and RIS files read through citeproc-java, previewed record by record with
 * what was understood, its problems and its possible duplicates, then written all at once or not at all.
 */
package org.corroborate.service.source.bibliography;
