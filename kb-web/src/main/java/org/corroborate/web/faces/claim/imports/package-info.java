/** The claims import screen ({@code /contribute/claim-import.xhtml}): upload, progress, report of bad rows, result. */
package org.corroborate.web.faces.claim.imports;
