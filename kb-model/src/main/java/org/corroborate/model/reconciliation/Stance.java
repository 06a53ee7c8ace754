package org.corroborate.model.reconciliation;

/** A member organization's response to a published reconciliation. */
public enum Stance {
    ENDORSE, DISSENT
}
