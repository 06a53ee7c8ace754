package org.corroborate.model.citation;

/** What the cited passage does for the claim. */
public enum Stance {
    SUPPORTS, CONTRADICTS, MENTIONS
}
