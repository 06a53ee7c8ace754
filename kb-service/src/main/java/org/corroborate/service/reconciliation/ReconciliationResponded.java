package org.corroborate.service.reconciliation;

/**
 * A member organization endorsed or dissented from ({@code stance} ENDORSE or DISSENT) a published version of a
 * measure's reconciliation, drafted and approved by the organizations named. Fired inside the transaction that
 * recorded it.
 */
public record ReconciliationResponded(long measureId, int versionNumber, String organization, String stance,
                                      String draftedOrganization, String approvedOrganization) {
}
