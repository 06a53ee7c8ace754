package org.corroborate.model.review;

import org.corroborate.model.claim.ClaimStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four-eyes rule as the model states it. */
class DecisionTest {

    @Test
    void verifyingAndRejectingNeedAnotherOrganizationAskingForChangesDoesNot() {
        assertTrue(Decision.VERIFY.needsAnotherOrganization());
        assertTrue(Decision.REJECT.needsAnotherOrganization());
        assertFalse(Decision.REQUEST_CHANGES.needsAnotherOrganization());
        assertEquals(ClaimStatus.VERIFIED, Decision.VERIFY.outcome());
        assertEquals(ClaimStatus.CHANGES_REQUESTED, Decision.REQUEST_CHANGES.outcome());
        assertEquals(ClaimStatus.REJECTED, Decision.REJECT.outcome());
    }
}
