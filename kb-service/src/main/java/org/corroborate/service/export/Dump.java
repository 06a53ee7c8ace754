package org.corroborate.service.export;

import org.corroborate.model.measure.Measure;
import org.corroborate.model.organization.Organization;
import org.corroborate.service.claim.CitationView;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.reconciliation.VersionView;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.Numbers;
import org.corroborate.service.shared.PeriodView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The parts of the open-data JSON dump. Claims name their sources by id; the sources, each written once, are in the
 * dump's "sources" array, a confidential one as its stub.
 */
public final class Dump {

    private Dump() {
    }

    /** An organization contributing claims. */
    public record OrganizationEntry(String slug, String name, String shortName, String country, String website) {
        static OrganizationEntry of(Organization o) {
            return new OrganizationEntry(o.getSlug(), o.getName(), o.getShortName(), o.getCountry(), o.getWebsite());
        }
    }

    /** A measure with its public claims, in id order. */
    public record MeasureEntry(String slug, String name, String definition, String unit, String unitSymbol,
                               String kind, String flowPeriod, String place, String topic,
                               BigDecimal aboutTolerancePercent, List<ClaimEntry> claims) {
        static MeasureEntry of(Measure m, List<ClaimEntry> claims) {
            return new MeasureEntry(m.getSlug(), m.getName(), m.getDefinition(), m.getUnit().name(),
                    m.getUnit().symbol(), m.getKind().name(), m.getFlowPeriod() == null ? null : m.getFlowPeriod().name(),
                    m.getPlace(), m.getTopic(), Numbers.plain(m.getAboutTolerancePercent()), List.copyOf(claims));
        }
    }

    /** A public claim; {@code organization} is the contributing organization's slug. */
    public record ClaimEntry(long id, String permalink, String statement, String language, FigureView figure,
                             PeriodView period, String place, String population, List<String> topics,
                             String organization, String status, Instant verifiedAt, List<CitationEntry> citations) {
        static ClaimEntry of(ClaimView c) {
            return new ClaimEntry(c.id(), ClaimRows.permalink(c.id()), c.statement(), c.language(), c.figure(),
                    c.period(), c.place(), c.population(), c.topics(), c.organization().slug(), c.status(),
                    c.updatedAt(), c.citations().stream().map(CitationEntry::of).toList());
        }
    }

    /**
     * A citation: the source's id, and the locator and quote unless the source is held in confidence; and the ids of
     * the sources its passage says the figure came through, nearest first (figure-level relays; the last is the
     * figure's origin, or the cited source when there are none).
     */
    public record CitationEntry(long source, String stance, String locatorType, String locator, String quoteExact,
                                String quotePrefix, String quoteSuffix, List<Long> relayedFrom) {
        static CitationEntry of(CitationView c) {
            return new CitationEntry(c.source().id(), c.stance(), c.locatorType(), c.locator(), c.quoteExact(),
                    c.quotePrefix(), c.quoteSuffix(), c.relayedFrom().stream().map(r -> r.source().id()).toList());
        }
    }

    /** A measure's published reconciliation versions, the newest first. */
    public record ReconciliationEntry(String measure, boolean needsReview, List<VersionEntry> versions) {
    }

    /** One published version with its public page. */
    public record VersionEntry(String permalink, VersionView version) {
    }

    /** The public page of a published reconciliation version. */
    public static String reconciliationPermalink(String measureSlug, int number) {
        return "/measures/" + measureSlug + "/reconciliation/" + number;
    }
}
