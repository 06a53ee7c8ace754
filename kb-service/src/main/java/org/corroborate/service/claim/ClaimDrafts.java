package org.corroborate.service.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corroborate.model.citation.Locator;
import org.corroborate.model.citation.LocatorType;
import org.corroborate.model.citation.QuoteAnchor;
import org.corroborate.model.citation.Stance;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.organization.Organization;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.source.SourceRepository;

/**
 * Builds a draft claim, with its citations, from what a contributor entered, by the form, the API or a CSV row,
 * applying every rule of the model. It persists nothing and checks no permission: the calling service does both,
 * inside its own transaction.
 */
@ApplicationScoped
public class ClaimDrafts {

    @Inject
    MeasureRepository measures;

    @Inject
    OrganizationRepository organizations;

    @Inject
    SourceRepository sources;

    /**
     * @return a new, unsaved draft
     * @throws InvalidInputException naming what to fix, when any part of the command breaks a rule
     */
    public Claim build(NewClaim command) {
        Organization organization = organizations.findBySlug(command.organization())
                .orElseThrow(() -> new InvalidInputException("There is no organization \"" + command.organization() + "\"."));
        ClaimContent content = command.content();
        try {
            Claim claim = new Claim(organization, content.statement(), content.language(),
                    ClaimInputs.figure(content.figure()), measure(content.measure()));
            claim.holdFor(ClaimInputs.period(content.period()), content.place());
            claim.setTopics(content.topics());
            for (NewCitation c : command.citations()) {
                claim.cite(sources.find(c.source()).orElseThrow(
                                () -> new InvalidInputException("The cited source " + c.source() + " does not exist.")),
                        c.locator() == null || c.locator().isBlank() ? null
                                : new Locator(ClaimInputs.enumValue(LocatorType.class, c.locatorType(), "locator type"), c.locator()),
                        c.quote() == null || c.quote().isBlank() ? null : new QuoteAnchor(c.quote(), c.quotePrefix(), c.quoteSuffix()),
                        ClaimInputs.enumValue(Stance.class, c.stance(), "stance"));
            }
            return claim;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** The measure with this slug; null for a blank slug. */
    Measure measure(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return measures.findBySlug(slug)
                .orElseThrow(() -> new InvalidInputException("There is no measure \"" + slug + "\"."));
    }
}
