package org.corroborate.service.browse;

/** A member organization with how many public sources it holds and how many of its claims are verified. */
public record OrganizationLine(String slug, String name, String shortName, String country, long publicSources,
                               long verifiedClaims, String permalink) {

    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }
}
