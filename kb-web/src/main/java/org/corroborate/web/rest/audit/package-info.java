/** The audit trail over the API. */
package org.corroborate.web.rest.audit;
