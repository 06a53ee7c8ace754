package org.corroborate.service.reconciliation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Editors' reconciliations of a measure's figures: drafts, published versions, endorsements and dissents. */
@Stateless
public class Reconciliations {

    /**
     * Called inside the verifying transaction when a claim becomes verified: a published reconciliation of its
     * measure that does not weigh this claim is marked as needing re-review.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void claimVerified(long claimId) {
        // implemented by the reconciliation work
    }

    /**
     * The claims that the current published reconciliation of each of these measures weighs (gives a role), so that
     * the conflict board can leave out conflicts an editor has already settled.
     */
    public java.util.Set<Long> settledClaimIds(java.util.Collection<Long> measureIds) {
        return java.util.Set.of(); // implemented by the reconciliation work
    }

    /**
     * Publishes the demo reconciliations, inside the demo load's transaction, after the demo claims are loaded and
     * cross-referenced.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void loadDemo() {
        // implemented by the reconciliation work
    }
}
