package org.corroborate.service.browse;

import java.util.List;

/**
 * An organization's public profile: who it is, how much of its work is public, and its most recent endorsements
 * of and dissents from published reconciliations (bounded).
 */
public record OrganizationProfile(String slug, String name, String shortName, String country, String website,
                                  String description, long publicSources, long verifiedClaims,
                                  List<ResponseLine> responses, String permalink) {

    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }
}
