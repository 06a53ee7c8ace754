package org.corroborate.model.source;

/** Who may read a source in full. */
public enum Confidentiality {
    /** Everyone, including anonymous readers. */
    PUBLIC,
    /** Signed-in members of any organization; invisible to anonymous readers. */
    MEMBERS_ONLY,
    /** Only the holding organization; everyone else sees a stub (kind, year, holder). */
    HOLDER_ONLY
}
