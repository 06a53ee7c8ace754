/** Pages showing cross-referencing: the conflict board, and the sections on measure and claim pages. */
package org.corroborate.web.faces.crossref;
