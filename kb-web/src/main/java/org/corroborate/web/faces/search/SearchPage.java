package org.corroborate.web.faces.search;

import org.corroborate.web.faces.support.LocaleSelection;
import org.corroborate.service.browse.Browse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.search.Search;
import org.corroborate.service.search.SearchQuery;
import org.corroborate.service.search.SearchResults;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.web.faces.support.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Search results for the words and facets in the page's GET parameters; every state has its own link. */
@Named
@RequestScoped
public class SearchPage {

    private static final String MESSAGES = "org.corroborate.web.i18n.messages";

    static final int PAGE = 20;

    @Inject
    Search search;

    @Inject
    Browse browse;

    @Inject
    LocaleSelection localeSelection;

    private Map<String, String> topicsKo;

    @Inject
    CurrentReader caller;

    private String q;
    private String type;
    private String topic;
    private String organization;
    private String year;
    private String kind;
    private String status;
    private int offset;
    private SearchResults results;
    private String problem;

    public void load() {
        SearchQuery query;
        try {
            query = new SearchQuery(q, blank(type), blank(topic), blank(organization),
                    year == null || year.isBlank() ? null : Integer.valueOf(year.strip()), blank(kind), blank(status),
                    Math.max(0, offset), PAGE);
        } catch (NumberFormatException e) {
            problem = "year";
            return;
        }
        if (query.isBlank()) {
            return;
        }
        try {
            results = search.search(caller.reader(), query);
        } catch (InvalidInputException e) {
            problem = e.getMessage();
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException cv) {
                // "type must be claim, measure or source": the parameter's name, not the path through the services
                problem = cv.getConstraintViolations().stream().map(v -> leaf(v.getPropertyPath()) + " " + v.getMessage())
                        .sorted().collect(Collectors.joining("; "));
            } else {
                throw e;
            }
        }
    }

    private static String leaf(jakarta.validation.Path path) {
        String name = null;
        for (jakarta.validation.Path.Node node : path) {
            name = node.getName();
        }
        // the query's words are the page's q
        return "text".equals(name) ? "q" : name;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The link to these results with one facet set (or cleared, with a null value). */
    public String link(String facet, Object value) {
        Map<String, String> params = params();
        params.remove("offset");
        if (value == null) {
            params.remove(facet);
        } else {
            params.put(facet, value.toString());
        }
        return query(params);
    }

    /** The link to another page of these results. */
    public String pageLink(int newOffset) {
        Map<String, String> params = params();
        params.put("offset", Integer.toString(Math.max(0, newOffset)));
        return query(params);
    }

    private Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "type", type);
        put(p, "topic", topic);
        put(p, "organization", organization);
        put(p, "year", year);
        put(p, "kind", kind);
        put(p, "status", status);
        if (offset > 0) {
            p.put("offset", Integer.toString(offset));
        }
        return p;
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value.strip());
        }
    }

    private static String query(Map<String, String> params) {
        return "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The facets that have values, in display order. */
    public List<Map.Entry<String, List<SearchResults.FacetCount>>> getFacets() {
        return results == null ? List.of() : results.facets().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty()).toList();
    }

    /**
     * How a facet's value reads in the page's language: types, statuses and kinds (of measure or of source) are
     * named; topics, organizations and years stand as they are.
     */
    public String valueLabel(String facet, String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return switch (facet) {
            case "type", "status" -> Messages.text(MESSAGES, "search.value." + value);
            case "kind" -> {
                String measureKind = Messages.text(MESSAGES, "kind." + upper);
                yield measureKind.equals("kind." + upper) ? Messages.text(MESSAGES, "sourceKind." + upper) : measureKind;
            }
            case "topic" -> {
                if (topicsKo == null) {
                    topicsKo = browse.topicsInKorean();
                }
                yield localeSelection.pick(value, topicsKo.get(value));
            }
            default -> value;
        };
    }

    /** The value chosen for a facet, or null. */
    public String chosen(String facet) {
        return params().get(facet);
    }

    public boolean isHasPrevious() {
        return results != null && offset > 0;
    }

    public boolean isHasNext() {
        return results != null && offset + PAGE < results.total();
    }

    public int getPreviousOffset() {
        return Math.max(0, offset - PAGE);
    }

    public int getNextOffset() {
        return offset + PAGE;
    }

    public SearchResults getResults() {
        return results;
    }

    public String getProblem() {
        return problem;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }
}
