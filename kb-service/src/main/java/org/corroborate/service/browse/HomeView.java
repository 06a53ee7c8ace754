package org.corroborate.service.browse;

import java.util.List;

/**
 * What the home page shows, each list bounded: the latest published reconciliations, the latest verified claims,
 * what is contested (published figures with a dissent; measures with open major conflicts among public claims),
 * and the topics with their counts of public measures.
 */
public record HomeView(List<PublishedFigure> reconciliations, List<ClaimLine> claims, List<PublishedFigure> disputed,
                       List<ConflictedMeasure> conflicts, List<TopicCount> topics) {
}
