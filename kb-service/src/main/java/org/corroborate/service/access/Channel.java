package org.corroborate.service.access;

/** How a change reached the services; the audit trail records it. */
public enum Channel {
    /** The pages. */
    WEB,
    /** The API, with a personal token. */
    API,
    /** The application itself: start-up, demo data, configuration. */
    SYSTEM
}
