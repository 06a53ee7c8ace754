package org.corroborate.service.reconciliation;

import java.time.Instant;

/**
 * A member organization's endorsement (ENDORSE) of or dissent (DISSENT) from a published version.
 *
 * @param organization     the organization's slug
 * @param organizationName the name it goes by
 * @param respondedBy      the editor who answered for it: for members only, {@code null} for the public
 */
public record ResponseView(String organization, String organizationName, String stance, String comment, String respondedBy,
                           Instant respondedAt) {
}
