/**
 * The claims import over the API: POST a CSV file to {@code /api/v1/claims/imports} (202 and a background job), GET
 * the job at the address it answered, GET the template.
 */
package org.corroborate.web.rest.claim.imports;
