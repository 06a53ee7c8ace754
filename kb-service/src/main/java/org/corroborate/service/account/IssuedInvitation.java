package org.corroborate.service.account;

import org.corroborate.service.access.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A new invitation with its one-time token, which is not kept anywhere: hand it over now or invite again. */
public record IssuedInvitation(long id, String token, String organizationSlug, Set<Role> roles, Instant expiresAt) implements Serializable {

    @Override
    public String toString() {
        return "IssuedInvitation[" + id + " " + organizationSlug + " " + roles + "]";
    }
}
