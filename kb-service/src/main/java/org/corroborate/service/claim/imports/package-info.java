/**
 * Bulk import of claims from CSV files: parsing and row mapping ({@link org.corroborate.service.claim.imports.ClaimCsv},
 * {@link org.corroborate.service.claim.imports.RowMapper}), the all-or-nothing, idempotent import service
 * ({@link org.corroborate.service.claim.imports.ClaimImports}) and the registry of running imports
 * ({@link org.corroborate.service.claim.imports.ImportJobs}), run by {@link org.corroborate.service.claim.imports.ClaimImportRunner}
 * off the request thread, within limits of size, rows, time and jobs at once.
 */
package org.corroborate.service.claim.imports;
