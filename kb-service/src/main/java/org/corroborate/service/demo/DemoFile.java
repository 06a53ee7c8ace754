package org.corroborate.service.demo;

import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.PeriodInput;

import java.util.List;

/** The structure of {@code demo-knowledge-base.json}; records refer to one another by key. */
public record DemoFile(List<DemoOrganization> organizations, List<DemoSource> sources,
                       List<DemoMeasure> measures, List<DemoClaim> claims, List<DemoTopic> topics) {

    /** A topic's name in Korean, by the English name measures carry. */
    public record DemoTopic(String name, String nameKo) {
    }

    public record DemoOrganization(String key, String name, String shortName, String country, String website,
                                   String description) {
    }

    public record DemoAuthor(String family, String given, String literal) {
    }

    public record DemoSource(String key, String kind, String title, List<DemoAuthor> authors, String containerTitle,
                             String publisher, String publisherPlace, String issued, String accessed, String url,
                             String doi, String language, String number, String confidentiality, String holder,
                             List<String> relays, String note) {
    }

    public record DemoMeasure(String key, String name, String nameKo, String definition, String definitionKo,
                              String unit, String kind, String flowPeriod, String place, String placeKo, String topic) {
    }

    public record DemoLocator(String type, String value) {
    }

    public record DemoQuote(String exact, String prefix, String suffix) {
    }

    /** A citation; {@code relayedFrom} names the sources its passage says the figure came through, nearest first. */
    public record DemoCitation(String source, DemoLocator locator, DemoQuote quote, String stance,
                               List<DemoRelay> relayedFrom) {
    }

    /** One hop of a citation's relay chain: a source key and, when the passage says, where in that source. */
    public record DemoRelay(String source, String locator) {
    }

    public record DemoClaim(String key, String organization, String measure, String statement, FigureInput figure,
                            PeriodInput period, String place, List<String> topics, String status, String language,
                            List<DemoCitation> citations) {
    }
}
