package org.corroborate.service.access;

import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimStatus;

import java.util.EnumSet;
import java.util.Set;

/** Which claims a reader may see: the public sees verified claims only; members also see their own drafts. */
public final class ClaimAccess {

    private static final Set<ClaimStatus> PUBLIC = EnumSet.of(ClaimStatus.VERIFIED);
    private static final Set<ClaimStatus> SHARED_WITH_MEMBERS =
            EnumSet.of(ClaimStatus.VERIFIED, ClaimStatus.SUBMITTED, ClaimStatus.CHANGES_REQUESTED, ClaimStatus.REJECTED);

    private ClaimAccess() {
    }

    /** The statuses of other organizations' claims this reader may see. */
    public static Set<ClaimStatus> visibleStatuses(Reader reader) {
        return reader.isMember() ? SHARED_WITH_MEMBERS : PUBLIC;
    }

    public static boolean maySee(Claim claim, Reader reader) {
        if (visibleStatuses(reader).contains(claim.getStatus())) {
            return true;
        }
        return reader.organizationSlug().filter(slug -> slug.equals(claim.getOrganization().getSlug())).isPresent();
    }
}
