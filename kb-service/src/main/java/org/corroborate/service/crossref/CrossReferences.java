package org.corroborate.service.crossref;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Cross-referencing: which claims of a measure agree, conflict, are not comparable, revise or repeat one another.
 * Re-examined incrementally: a change to one claim re-examines only the claims of its measure.
 */
@Stateless
public class CrossReferences {

    /**
     * Re-examines the claim against the other claims of its measure, inside the caller's transaction. Called after a
     * claim's content or status changed (submitted, revised, verified, rejected, withdrawn).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reexamine(long claimId) {
        // implemented by the cross-referencing work
    }

    /**
     * Re-examines every claim of one measure, inside the caller's transaction (after an editor changes the measure's
     * tolerance for "about", or after a bulk load).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reexamineMeasure(long measureId) {
        // implemented by the cross-referencing work
    }

    /**
     * Re-examines every measure, inside the caller's transaction: after the demo or a generated knowledge base is
     * loaded.
     *
     * @return how many measures were examined
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int reexamineAll() {
        return 0; // implemented by the cross-referencing work
    }
}
