package org.corroborate.service.access;

import org.corroborate.service.shared.NotPermittedException;

/**
 * The checks services make before they change anything. A refusal is a {@link NotPermittedException}, which
 * rolls the transaction back, so nothing is written; the pages and the API only hide what this refuses anyway.
 */
public final class Permissions {

    private Permissions() {
    }

    /** The reader must be signed in. */
    public static void requireSignedIn(Reader reader) {
        if (reader.accountId().isEmpty()) {
            throw NotPermittedException.of(Permissions.class, "signInRequired");
        }
    }

    /** The reader must hold this role (in any organization). */
    public static void requireRole(Reader reader, Role role) {
        requireSignedIn(reader);
        if (!reader.hasRole(role)) {
            throw NotPermittedException.of(Permissions.class, "roleRequired." + role.name());
        }
    }

    /** The reader must hold this role in the organization with this slug. */
    public static void requireRoleIn(Reader reader, Role role, String organizationSlug) {
        requireRole(reader, role);
        if (!reader.belongsTo(organizationSlug)) {
            throw NotPermittedException.of(Permissions.class, "otherOrganization");
        }
    }

    /** The reader must be an admin of this organization, or a platform admin. */
    public static void requireAdminOf(Reader reader, String organizationSlug) {
        requireSignedIn(reader);
        if (reader.isPlatformAdmin()) {
            return;
        }
        requireRoleIn(reader, Role.ORG_ADMIN, organizationSlug);
    }
}
