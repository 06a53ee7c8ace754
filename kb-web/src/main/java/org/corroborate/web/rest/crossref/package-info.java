/** Cross-referencing over HTTP: a measure's or a claim's findings, the conflict board, the tolerance for "about". */
package org.corroborate.web.rest.crossref;
