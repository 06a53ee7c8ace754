package org.corroborate.service.reconciliation;

import java.time.Instant;

/** A member organization's endorsement (ENDORSE) of or dissent (DISSENT) from a published version. */
public record ResponseView(String organization, String stance, String comment, String respondedBy,
                           Instant respondedAt) {
}
