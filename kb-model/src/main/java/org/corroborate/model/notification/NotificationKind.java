package org.corroborate.model.notification;

/** What a notification tells of. */
public enum NotificationKind {
    /** An editor commented on a claim of the member's organization. */
    COMMENT,
    /** An editor decided on a claim of the member's organization (verified, sent back, rejected). */
    DECISION,
    /** A claim on a watched measure was submitted for review. */
    NEW_CLAIM,
    /** Cross-referencing found a new conflict between two claims of a watched measure. */
    CONFLICT,
    /** A reconciliation draft drafted by another organization waits for an editor's approval. */
    APPROVAL_WANTED,
    /** An organization dissented from a published reconciliation the member's organization drafted, approved or watches. */
    DISSENT
}
