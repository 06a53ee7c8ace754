package org.corroborate.service.notification;

import org.corroborate.model.claim.Citation;
import org.corroborate.model.claim.Claim;
import org.corroborate.service.access.ClaimAccess;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Visibility;

/**
 * Whether a member may be told of a claim: only when the member may see the claim ({@link ClaimAccess}) and every
 * source it cites in full ({@link Visibility#FULL}). A claim resting on a source held in confidence by another
 * organization is not news for that member at all: the notification would tell that such a claim exists.
 */
final class NotificationRules {

    private NotificationRules() {
    }

    static boolean mayBeToldOf(Claim claim, Reader recipient) {
        if (claim == null || !ClaimAccess.maySee(claim, recipient)) {
            return false;
        }
        for (Citation citation : claim.getCitations()) {
            if (citation.getSource() != null && Visibility.of(citation.getSource(), recipient) != Visibility.FULL) {
                return false;
            }
        }
        return true;
    }
}
