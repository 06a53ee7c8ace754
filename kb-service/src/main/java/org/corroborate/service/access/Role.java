package org.corroborate.service.access;

/** What a signed-in person may do. An account holds any combination; a platform admin is not tied to any one role of an organization. */
public enum Role {
    /** Adds sources, drafts and submits claims for their own organization. */
    CONTRIBUTOR,
    /** Reviews and reconciles claims; browses the audit trail of their organization. */
    EDITOR,
    /** Invites and deactivates members of their organization; browses its audit trail. */
    ORG_ADMIN,
    /** Runs the platform: creates organizations, sees every audit entry. */
    PLATFORM_ADMIN
}
