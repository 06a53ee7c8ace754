package org.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The evaluation set: real claims quoted from public pages ({@code evaluation/claims.json}) and an expert's key
 * for the telling pairs among them ({@code evaluation/key.csv}), as plain records. {@link EvaluationRun} loads it
 * into a server through the API and scores the cross-referencing against the key; {@code EvaluationSetIT} checks
 * that the files hold together.
 */
record EvaluationSet(List<Measure> measures, List<Source> sources, List<Claim> claims, List<Pair> key) {

    static final String CLAIMS = "/evaluation/claims.json";
    static final String KEY = "/evaluation/key.csv";

    /** The verdicts and reasons a key may name (the judge's, plus the reasons an expert distinguishes). */
    static final Set<String> VERDICTS = Set.of("DUPLICATE", "NOT_COMPARABLE", "REVISION", "CUMULATIVE_DECREASE",
            "UNINFORMATIVE", "AGREES", "CONFLICTS");
    static final Set<String> REASONS = Set.of("DIFFERENT_UNIT", "DIFFERENT_POPULATION", "DIFFERENT_PERIOD",
            "DIFFERENT_KIND", "NESTED_PERIOD", "NO_FIGURE");
    static final Set<String> QUALIFIERS = Set.of("EXACT", "ABOUT", "AT_LEAST", "MORE_THAN", "AT_MOST", "UP_TO",
            "FEWER_THAN", "BETWEEN");

    record Measure(String key, String name, String definition, String unit, String kind, String flowPeriod,
                   String place, String topic) {
    }

    record Source(String key, String kind, String title, List<String> authors, String containerTitle,
                  String publisher, String issued, String url, String language, String note) {
    }

    /** A period as the claim states it: one partial date ({@code asOf}) or a span; all null when none is stated. */
    record Period(String asOf, String from, String to) {
        boolean stated() {
            return asOf != null || from != null;
        }
    }

    record Claim(String key, String organization, String measure, String source, String quote, String phrase,
                 String qualifier, BigDecimal value, BigDecimal low, BigDecimal high, String unit, Period period,
                 String population, String relay, String note) {
    }

    /** One line of the key: what an expert expects of the pair, and what else an expert would accept. */
    record Pair(String a, String b, String expected, String reason, String alternative, String rationale) {

        boolean accepts(String verdict) {
            return expected.equals(verdict) || (alternative != null && alternative.equals(verdict));
        }

        boolean expectsConflict() {
            return isConflict(expected);
        }
    }

    static boolean isConflict(String verdict) {
        return "CONFLICTS".equals(verdict) || "CUMULATIVE_DECREASE".equals(verdict);
    }

    /** Reads both files from the test class path. */
    static EvaluationSet load() {
        try (InputStream claims = resource(CLAIMS); InputStream key = resource(KEY)) {
            JsonNode root = new ObjectMapper().readTree(claims);
            String defaultOrganization = text(root.path("organizations"), "default");
            List<Measure> measures = new ArrayList<>();
            for (JsonNode m : root.path("measures")) {
                measures.add(new Measure(text(m, "key"), text(m, "name"), text(m, "definition"), text(m, "unit"),
                        text(m, "kind"), text(m, "flowPeriod"), text(m, "place"), text(m, "topic")));
            }
            List<Source> sources = new ArrayList<>();
            for (JsonNode s : root.path("sources")) {
                List<String> authors = new ArrayList<>();
                s.path("authors").forEach(a -> authors.add(a.asText()));
                sources.add(new Source(text(s, "key"), text(s, "kind"), text(s, "title"), authors,
                        text(s, "containerTitle"), text(s, "publisher"), text(s, "issued"), text(s, "url"),
                        text(s, "language"), text(s, "note")));
            }
            List<Claim> list = new ArrayList<>();
            for (JsonNode c : root.path("claims")) {
                JsonNode p = c.path("period");
                Period period = p.isObject() ? new Period(text(p, "asOf"), text(p, "from"), text(p, "to"))
                        : new Period(null, null, null);
                String organization = text(c, "organization");
                list.add(new Claim(text(c, "key"), organization == null ? defaultOrganization : organization,
                        text(c, "measure"), text(c, "source"), text(c, "quote"), text(c, "phrase"),
                        text(c, "qualifier"), number(c, "value"), number(c, "low"), number(c, "high"),
                        text(c, "unit"), period, text(c, "population"), text(c, "relay"), text(c, "note")));
            }
            List<Pair> pairs = new ArrayList<>();
            try (Reader reader = new InputStreamReader(key, StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    pairs.add(new Pair(r.get("a"), r.get("b"), r.get("expected"), blankToNull(r.get("reason")),
                            blankToNull(r.get("alternative")), r.get("rationale")));
                }
            }
            return new EvaluationSet(List.copyOf(measures), List.copyOf(sources), List.copyOf(list), List.copyOf(pairs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Claim> claimsByKey() {
        Map<String, Claim> byKey = new LinkedHashMap<>();
        claims.forEach(c -> byKey.put(c.key(), c));
        return byKey;
    }

    Map<String, Measure> measuresByKey() {
        Map<String, Measure> byKey = new LinkedHashMap<>();
        measures.forEach(m -> byKey.put(m.key(), m));
        return byKey;
    }

    Map<String, Source> sourcesByKey() {
        Map<String, Source> byKey = new LinkedHashMap<>();
        sources.forEach(s -> byKey.put(s.key(), s));
        return byKey;
    }

    /** The key's pairs of this measure. */
    List<Pair> pairsOf(String measure) {
        Map<String, Claim> byKey = claimsByKey();
        return key.stream().filter(p -> byKey.get(p.a()).measure().equals(measure)).toList();
    }

    /**
     * Whether the fixture itself says the two claims share an origin: the same source, or the same relayed origin.
     * Agreement between them is then no independent corroboration.
     */
    boolean shareOrigin(Claim a, Claim b) {
        String originA = a.relay() != null ? a.relay() : a.source();
        String originB = b.relay() != null ? b.relay() : b.source();
        return a.source().equals(b.source()) || originA.equals(originB);
    }

    /** Everything that does not hold together, one line each; empty when the set is sound. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Measure> measureKeys = measuresByKey();
        Map<String, Source> sourceKeys = sourcesByKey();
        Map<String, Claim> claimKeys = claimsByKey();
        if (measureKeys.size() != measures.size()) {
            problems.add("two measures share a key");
        }
        if (sourceKeys.size() != sources.size()) {
            problems.add("two sources share a key");
        }
        if (claimKeys.size() != claims.size()) {
            problems.add("two claims share a key");
        }
        for (Measure m : measures) {
            boolean perPeriod = "FLOW".equals(m.kind()) || "RATE".equals(m.kind());
            if (perPeriod == (m.flowPeriod() == null)) {
                problems.add(m.key() + ": a flow or a rate needs a period it counts per, and only they have one");
            }
        }
        for (Source s : sources) {
            if (s.title() == null || s.kind() == null) {
                problems.add(s.key() + ": a source needs a title and a kind");
            }
        }
        for (Claim c : claims) {
            if (!measureKeys.containsKey(c.measure())) {
                problems.add(c.key() + ": unknown measure " + c.measure());
            }
            if (!sourceKeys.containsKey(c.source())) {
                problems.add(c.key() + ": unknown source " + c.source());
            }
            if (c.relay() != null && !sourceKeys.containsKey(c.relay())) {
                problems.add(c.key() + ": unknown relay " + c.relay());
            }
            if (c.quote() == null || c.quote().isBlank() || c.phrase() == null) {
                problems.add(c.key() + ": a claim needs its quoted sentence and the phrase of its figure");
            }
            if (!QUALIFIERS.contains(c.qualifier())) {
                problems.add(c.key() + ": unknown qualifier " + c.qualifier());
            } else if ("BETWEEN".equals(c.qualifier())
                    ? c.low() == null || c.high() == null || c.low().compareTo(c.high()) > 0
                    : c.value() == null) {
                problems.add(c.key() + ": the numbers do not fit the qualifier " + c.qualifier());
            }
            if (c.period().from() != null && c.period().to() == null) {
                problems.add(c.key() + ": a span needs both ends");
            }
        }
        Set<Set<String>> seen = new HashSet<>();
        for (Pair p : key) {
            String name = p.a() + "," + p.b();
            Claim a = claimKeys.get(p.a());
            Claim b = claimKeys.get(p.b());
            if (a == null || b == null) {
                problems.add(name + ": names a claim that does not exist");
                continue;
            }
            if (p.a().equals(p.b())) {
                problems.add(name + ": a claim paired with itself");
            }
            if (!a.measure().equals(b.measure())) {
                problems.add(name + ": the two claims are on different measures");
            }
            if (!seen.add(Set.of(p.a(), p.b()))) {
                problems.add(name + ": listed twice");
            }
            if (!VERDICTS.contains(p.expected()) || (p.alternative() != null && !VERDICTS.contains(p.alternative()))) {
                problems.add(name + ": unknown verdict");
            }
            if (p.reason() != null && (!REASONS.contains(p.reason()) || !"NOT_COMPARABLE".equals(p.expected()))) {
                problems.add(name + ": a reason belongs to NOT_COMPARABLE, and must be one of " + REASONS);
            }
            if (Objects.equals(p.expected(), p.alternative())) {
                problems.add(name + ": the alternative repeats the expected verdict");
            }
            if (p.rationale() == null || p.rationale().isBlank()) {
                problems.add(name + ": no rationale");
            }
        }
        return problems;
    }

    private static InputStream resource(String name) {
        InputStream in = EvaluationSet.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path");
        }
        return in;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
