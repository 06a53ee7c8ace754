package org.corroborate.service.browse;

import java.time.Instant;

/** An organization's endorsement (ENDORSE) of or dissent (DISSENT) from a published reconciliation version. */
public record ResponseLine(MeasureLink measure, int version, boolean current, String stance, String comment,
                           Instant respondedAt, String permalink) {
}
