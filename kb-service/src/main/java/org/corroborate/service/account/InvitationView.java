package org.corroborate.service.account;

import org.corroborate.service.access.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An open invitation, as the invited person sees it before accepting. */
public record InvitationView(String organizationSlug, String organizationName, Set<Role> roles, Instant expiresAt) implements Serializable {
}
