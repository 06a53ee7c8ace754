package org.corroborate.service.account;

import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;

import java.io.Serializable;
import java.util.Set;

/** A signed-in account as the web layer keeps it for a session or a request: never its password hash. */
public record SignedInAccount(long id, String username, String displayName, String organizationSlug,
                              String organizationName, Set<Role> roles) implements Serializable {

    public SignedInAccount {
        roles = Set.copyOf(roles);
    }

    /** The reader the services see for this account (channel WEB; {@code .via(Channel.API)} for tokens). */
    public Reader reader() {
        return Reader.account(id, username, organizationSlug, roles);
    }
}
