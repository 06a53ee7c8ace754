/** Bibliographic import: upload, preview with problems and duplicates, decide per record, confirm. */
package org.corroborate.web.faces.source.imports;
