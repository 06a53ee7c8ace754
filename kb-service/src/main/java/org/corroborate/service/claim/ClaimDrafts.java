package org.corroborate.service.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.corroborate.model.claim.Locator;
import org.corroborate.model.claim.LocatorType;
import org.corroborate.model.claim.QuoteAnchor;
import org.corroborate.model.claim.RelayHop;
import org.corroborate.model.claim.Stance;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.RelayInput;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.source.SourceRepository;
import org.corroborate.service.source.text.QuoteMatch;
import org.corroborate.service.source.text.SourceTexts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Builds a draft claim, with its citations, from what a contributor entered, by the form, the API or a CSV row,
 * applying every rule of the model and of citation (visible source, quote anchored in held text, locator otherwise).
 * It persists nothing and checks no permission: the calling service does both, inside its own transaction.
 */
@ApplicationScoped
public class ClaimDrafts {

    @Inject
    MeasureRepository measures;

    @Inject
    OrganizationRepository organizations;

    @Inject
    SourceRepository sources;

    @Inject
    SourceTexts texts;

    /**
     * @return a new, unsaved draft
     * @throws InvalidInputException naming what to fix, when any part of the command breaks a rule
     */
    public Claim build(NewClaim command) {
        Organization organization = organizations.findBySlug(command.organization())
                .orElseThrow(() -> InvalidInputException.of(ClaimDrafts.class, "organization.unknown", command.organization()));
        return build(organization, measure(command.content().measure()), command);
    }

    /**
     * The same, with the organization and the measure (null for none) already looked up: for callers that build
     * many drafts at once, such as a CSV import, so that each is looked up once and not once a row.
     */
    public Claim build(Organization organization, Measure measure, NewClaim command) {
        ClaimContent content = command.content();
        try {
            Claim claim = new Claim(organization, content.statement(), content.language(),
                    ClaimInputs.figure(content.figure()), measure);
            claim.holdFor(ClaimInputs.period(content.period()), content.place());
            claim.definePopulation(content.population());
            claim.setTopics(content.topics());
            cite(claim, command.citations());
            return claim;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /**
     * Adds these citations to the claim, on behalf of its organization: each source must be one the organization may
     * see in full; a quote must be found in the source's held text (its page then fills a missing locator), and
     * anchors the citation by itself, with or without a locator, whether the text is held or not; without a quote,
     * a locator is required when the text is not held.
     */
    void cite(Claim claim, List<NewCitation> citations) {
        Reader organization = Reader.memberOf(claim.getOrganization().getSlug());
        for (NewCitation c : citations) {
            Source source = sources.find(c.source())
                    .orElseThrow(() -> InvalidInputException.of(ClaimDrafts.class, "source.unknown", c.source()));
            if (Visibility.of(source, organization) != Visibility.FULL) {
                // the same words whether the source is held in confidence or does not exist for this organization
                throw InvalidInputException.of(ClaimDrafts.class, "source.notVisible", c.source());
            }
            Stance stance = ClaimInputs.enumValue(Stance.class, c.stance(), "stance");
            Locator locator = blank(c.locator()) ? null
                    : new Locator(ClaimInputs.enumValue(LocatorType.class, c.locatorType(), "locator type"), c.locator());
            QuoteAnchor quote = null;
            if (!blank(c.quote())) {
                quote = new QuoteAnchor(c.quote().strip(), emptyToNull(c.quotePrefix()), emptyToNull(c.quoteSuffix()));
                Optional<QuoteMatch> match = texts.anchor(source.getId(), quote.getExact(),
                        emptyToNull(c.quotePrefix()), emptyToNull(c.quoteSuffix()));
                // the quote anchors the citation by itself; a page it was found on fills a missing locator
                locator = CitationRules.locator(locator, match.map(QuoteMatch::page));
            } else if (texts.holdsText(source.getId())) {
                throw InvalidInputException.of(ClaimDrafts.class, "citation.quoteRequired", c.source());
            } else if (locator == null) {
                throw InvalidInputException.of(ClaimDrafts.class, "citation.quoteOrLocator", c.source());
            }
            claim.cite(source, locator, quote, stance, hops(source, c.relayedFrom(), organization));
        }
    }

    /**
     * The relay chain a citation names: each hop a source the organization may see in full (one it may not see
     * answers exactly as one that does not exist), never the cited source, each source once.
     */
    private List<RelayHop> hops(Source cited, List<RelayInput> relays, Reader organization) {
        List<RelayHop> hops = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(cited.getId());
        for (RelayInput r : relays == null ? List.<RelayInput>of() : relays) {
            Source relayed = sources.find(r.source())
                    .filter(s -> Visibility.of(s, organization) == Visibility.FULL)
                    .orElseThrow(() -> InvalidInputException.of(ClaimDrafts.class, "relay.unknown", String.valueOf(r.source())));
            if (relayed.getId().equals(cited.getId())) {
                throw InvalidInputException.of(ClaimDrafts.class, "relay.self", String.valueOf(cited.getId()));
            }
            if (!seen.add(relayed.getId())) {
                throw InvalidInputException.of(ClaimDrafts.class, "relay.repeated", String.valueOf(cited.getId()),
                        String.valueOf(relayed.getId()));
            }
            hops.add(new RelayHop(relayed, r.locator()));
        }
        return hops;
    }

    /** The measure with this slug; null for a blank slug. */
    Measure measure(String slug) {
        if (blank(slug)) {
            return null;
        }
        return measures.findBySlug(slug.strip())
                .orElseThrow(() -> InvalidInputException.of(ClaimDrafts.class, "measure.unknown", slug));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
