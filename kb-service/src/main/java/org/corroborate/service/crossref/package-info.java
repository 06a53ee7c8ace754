/** Cross-referencing claims of a measure: comparability, agreement, conflict, revisions, duplicates, origins. */
package org.corroborate.service.crossref;
