package org.corroborate.web.rest.claim;

import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.measure.NewMeasure;

import java.util.List;

/**
 * The body of POST /api/v1/claims: a {@link NewClaim} (its organization may be left out: the caller's own), plus,
 * optionally, a measure proposed with it.
 */
public record ClaimDraftRequest(String organization, ClaimContent content, List<NewCitation> citations,
                                NewMeasure proposedMeasure) {

    NewClaim toNewClaim(String callersOrganization) {
        return new NewClaim(organization == null || organization.isBlank() ? callersOrganization : organization,
                content, citations == null ? List.of() : citations);
    }
}
