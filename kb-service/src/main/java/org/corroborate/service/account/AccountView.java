package org.corroborate.service.account;

import org.corroborate.service.access.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An account as admins and its owner see it. */
public record AccountView(long id, String username, String displayName, String organizationSlug,
                          String organizationName, Set<Role> roles, boolean active, Instant createdAt,
                          Instant lastSignInAt) implements Serializable {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
