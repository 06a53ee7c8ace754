package org.corroborate.service.reconciliation;

import org.corroborate.service.shared.OrganizationRef;

import java.io.Serializable;
import java.time.Instant;

/**
 * A member organization's endorsement (ENDORSE) of or dissent (DISSENT) from a published version. The organization
 * answers, not a person: the editor who wrote it is never named.
 */
public record ResponseView(OrganizationRef organization, String stance, String comment, Instant respondedAt) implements Serializable {
}
