package org.corroborate.service.reconciliation;

/**
 * An editor of {@code draftedOrganization} saved a measure's reconciliation draft: it waits for the approval of an
 * editor of another organization. Fired inside the transaction that saved it.
 */
public record ReconciliationAwaitsApproval(long measureId, String draftedOrganization) {
}
