package org.corroborate.web.faces.support;

import jakarta.faces.context.ExternalContext;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.corroborate.service.claim.CitationView;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.browse.MeasureView;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;
import org.corroborate.service.source.SourceView;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Schema.org descriptions of public pages as JSON-LD, built with JSON-P so that every value is escaped, and made safe
 * to embed in a {@code <script type="application/ld+json">} element.
 */
public final class SchemaOrg {

    public static final String CONTEXT = "https://schema.org";

    /** Looked up once: {@code JSON.createObjectBuilder()} searches the class path for a provider at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private SchemaOrg() {
    }

    /** "https://host:port/context" of the current request, without a trailing slash. */
    public static String siteUrl(ExternalContext external) {
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath();
    }

    /** A Dataset: the measure, the organizations whose figures it gathers, and its JSON in the read API. */
    public static String dataset(MeasureView m, String siteUrl, String siteName) {
        JsonObjectBuilder dataset = JSON.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@type", "Dataset")
                .add("@id", siteUrl + "/measure.xhtml?slug=" + m.slug())
                .add("url", siteUrl + "/measure.xhtml?slug=" + m.slug())
                .add("name", m.name())
                .add("description", Objects.requireNonNullElse(m.definition(), m.name()))
                .add("variableMeasured", JSON.createObjectBuilder()
                        .add("@type", "PropertyValue")
                        .add("name", m.name())
                        .add("unitText", m.unit()))
                .add("publisher", organization(siteName))
                .add("isAccessibleForFree", true)
                .add("distribution", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("@type", "DataDownload")
                        .add("encodingFormat", "application/json")
                        .add("contentUrl", siteUrl + "/api/v1/measures/" + m.id())));
        if (m.place() != null && !m.place().isBlank()) {
            dataset.add("spatialCoverage", m.place());
        }
        Map<String, OrganizationRef> creators = new LinkedHashMap<>();
        m.claims().forEach(c -> creators.putIfAbsent(c.organization().slug(), c.organization()));
        if (!creators.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            creators.values().forEach(o -> list.add(organization(o.name())));
            dataset.add("creator", list);
        }
        String coverage = temporalCoverage(m);
        if (coverage != null) {
            dataset.add("temporalCoverage", coverage);
        }
        return script(dataset.build());
    }

    /** A ClaimReview of a verified claim: the statement, who made it, where it appeared, and the verdict. */
    public static String claimReview(ClaimView c, String siteUrl, String siteName) {
        JsonArrayBuilder appearances = JSON.createArrayBuilder();
        for (CitationView ci : c.citations()) {
            SourceView s = ci.source();
            if (s.restricted()) {
                continue; // held in confidence: not even its stub is published here
            }
            JsonObjectBuilder work = JSON.createObjectBuilder().add("@type", "CreativeWork").add("name", s.title());
            if (!s.authors().isEmpty()) {
                work.add("author", s.authorNames());
            }
            if (s.issued() != null) {
                work.add("datePublished", s.issued());
            }
            if (s.url() != null) {
                work.add("url", s.url());
            }
            appearances.add(work);
        }
        String url = siteUrl + "/claim.xhtml?id=" + c.id();
        JsonObjectBuilder review = JSON.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@type", "ClaimReview")
                .add("@id", url)
                .add("url", url)
                .add("claimReviewed", c.statement())
                .add("author", organization(siteName))
                .add("itemReviewed", JSON.createObjectBuilder()
                        .add("@type", "Claim")
                        .add("author", organization(c.organization().name()))
                        .add("appearance", appearances))
                .add("reviewRating", JSON.createObjectBuilder()
                        .add("@type", "Rating")
                        .add("alternateName", "Verified"));
        if (c.updatedAt() != null) {
            review.add("datePublished", c.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        return script(review.build());
    }

    /** JSON text that cannot close the script element it sits in. */
    static String script(JsonObject json) {
        return json.toString().replace("</", "<\\/").replace("<!--", "<\\u0021--");
    }

    private static JsonObjectBuilder organization(String name) {
        return JSON.createObjectBuilder().add("@type", "Organization").add("name", name);
    }

    /** "2014/2017-12": from the earliest period start to the latest period end among the claims. */
    private static String temporalCoverage(MeasureView m) {
        var periods = m.claims().stream().map(ClaimSummary::period).filter(Objects::nonNull).toList();
        if (periods.isEmpty()) {
            return null;
        }
        PeriodView first = periods.stream().min(Comparator.comparing(PeriodView::firstDay)).orElseThrow();
        PeriodView last = periods.stream().max(Comparator.comparing(PeriodView::lastDay)).orElseThrow();
        return first.start().equals(last.end()) ? first.start() : first.start() + "/" + last.end();
    }
}
