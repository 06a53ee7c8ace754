/** The audit trail: every change, who made it, and the values before and after. */
package org.corroborate.model.audit;
