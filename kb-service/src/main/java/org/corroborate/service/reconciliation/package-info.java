/** Reconciling a measure's figures: a recommended figure, a rule, a rationale, versions, endorsements. */
package org.corroborate.service.reconciliation;
