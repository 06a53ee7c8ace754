/** {@code /api/v1/claims}: a claim with its citations. */
package org.corroborate.web.rest.claim;
