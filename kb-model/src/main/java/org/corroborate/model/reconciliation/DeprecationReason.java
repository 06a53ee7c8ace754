package org.corroborate.model.reconciliation;

/** Why a claim is set aside. */
public enum DeprecationReason {
    OUTDATED, SUPERSEDED_BY_REVISION, DIFFERENT_DEFINITION, RELAYED_FIGURE, ERROR_IN_SOURCE, OTHER
}
