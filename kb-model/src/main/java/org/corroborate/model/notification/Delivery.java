package org.corroborate.model.notification;

/** When a member's notifications are e-mailed. */
public enum Delivery {
    /** Each one as it happens. */
    IMMEDIATE,
    /** Together, once a day. */
    DIGEST
}
