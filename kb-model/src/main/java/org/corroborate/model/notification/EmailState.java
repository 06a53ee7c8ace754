package org.corroborate.model.notification;

/** Where a notification's e-mail stands. */
public enum EmailState {
    /** To be sent (immediately, or with the next digest); a failed attempt keeps it here with its next attempt. */
    PENDING,
    /** Sent. */
    SENT,
    /** No e-mail: the member gave no address. */
    NONE,
    /** Not sent: at delivery the member could no longer see what it is about. */
    WITHHELD
}
