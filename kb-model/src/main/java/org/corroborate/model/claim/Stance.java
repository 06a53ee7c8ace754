package org.corroborate.model.claim;

/** What the cited passage does for the claim. */
public enum Stance {
    SUPPORTS, CONTRADICTS, MENTIONS
}
