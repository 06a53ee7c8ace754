/** The claims import over the API: POST a CSV file to {@code /api/v1/claims/imports}, GET the template. */
package org.corroborate.web.rest.claim.imports;
