package org.corroborate.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.corroborate.client.ApiClient;
import org.corroborate.client.ApiException;
import org.corroborate.client.api.ClaimsApi;
import org.corroborate.client.api.MeasureComparisonsApi;
import org.corroborate.client.api.AccountApi;
import org.corroborate.client.api.MeasuresApi;
import org.corroborate.client.api.ReconciliationsApi;
import org.corroborate.client.api.SearchApi;
import org.corroborate.client.api.SourcesApi;
import org.corroborate.client.model.ClaimSummary;
import org.corroborate.client.model.ClaimView;
import org.corroborate.client.model.CitationView;
import org.corroborate.client.model.Hit;
import org.corroborate.client.model.MeasureCrossReference;
import org.corroborate.client.model.MeasurePage;
import org.corroborate.client.model.ApiTokenView;
import org.corroborate.client.model.IssuedApiToken;
import org.corroborate.client.model.MeasureView;
import org.corroborate.client.model.NewToken;
import org.corroborate.client.model.ReconciliationView;
import org.corroborate.client.model.SearchResults;
import org.corroborate.client.model.SourceView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The MicroProfile OpenAPI document at {@code /openapi} as a platform admin's script reads it (with its API token:
 * the document is for platform admins, see {@code OperationalEndpointsIT}): a standard validator
 * (swagger-parser) finds nothing wrong with it, the public read paths are described with their parameters and
 * response schemas, and a Java client generated from it (openapi-generator, at generate-test-sources, from the
 * committed snapshot {@code src/test/resources/openapi/corroborate.yaml}) reads the demo knowledge base.
 * The snapshot must describe the same operations as the live document, so that the client cannot drift from the API.
 */
@ExtendWith(TestServer.class)
class OpenApiIT {

    private static final String REFRESH = "If the API changed on purpose, refresh the snapshot from the document this "
            + "run wrote:\n    cp kb-it/target/openapi/corroborate.yaml kb-it/src/test/resources/openapi/corroborate.yaml\n"
            + "then run the IT again (the client is generated from the snapshot) and commit the snapshot.";

    /** The read paths anyone may call, and the parameters each must document. */
    private static final Map<String, List<String>> PUBLIC_READS = Map.of(
            "/api/v1/search", List.of("q", "type", "topic", "organization", "year", "kind", "status", "offset", "limit"),
            "/api/v1/measures", List.of("offset", "limit"),
            "/api/v1/measures/{id}", List.of("id"),
            "/api/v1/claims/{id}", List.of("id"),
            "/api/v1/sources/{id}", List.of("id"),
            "/api/v1/sources/{id}/claims", List.of("id"),
            "/api/v1/exports/claims.csv", List.of(),
            "/api/v1/exports/dump.json", List.of(),
            "/api/v1/exports/sources.csl.json", List.of(),
            "/api/v1/feed.atom", List.of());

    /** The component each JSON read answers with. */
    private static final Map<String, String> READ_SCHEMAS = Map.of(
            "/api/v1/search", "SearchResults",
            "/api/v1/measures", "MeasurePage",
            "/api/v1/measures/{id}", "MeasureView",
            "/api/v1/claims/{id}", "ClaimView",
            "/api/v1/sources/{id}", "SourceView",
            "/api/v1/sources/{id}/claims", "ClaimSummary");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    @TestServer.Base
    URL base;

    /** The document as served (YAML, Payara's default), less what differs per server (see {@link #portable}). */
    private String liveYaml() {
        HttpResponse<String> response = Http.get(base, "openapi", "*/*", WebClient.platformAdminToken(base));
        assertEquals(200, response.statusCode(), response.body());
        return portable(response.body());
    }

    /**
     * The document without {@code servers} (this server's own address and random port) and without Payara's
     * top-level {@code endpoints}: Payara 6.2025.10 writes that list of context roots under a name OpenAPI does not
     * allow (later Payara releases write {@code x-endpoints}, which is allowed, and which is kept).
     */
    private static String portable(String document) {
        try {
            ObjectNode tree = (ObjectNode) YAML.readTree(document);
            tree.remove("servers");
            tree.remove("endpoints");
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenAPI parse(String text, String what) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertTrue(messages.isEmpty(), what + " is not a valid OpenAPI document:\n  " + String.join("\n  ", messages));
        assertNotNull(result.getOpenAPI(), what);
        return result.getOpenAPI();
    }

    @Test
    void theDocumentPassesTheValidatorAsYamlAndAsJson() throws IOException {
        String yaml = liveYaml();
        Path live = Path.of(System.getProperty("kb.it.openapi.live", "target/openapi/corroborate.yaml"));
        Files.createDirectories(live.getParent());
        Files.writeString(live, yaml);
        OpenAPI api = parse(yaml, "/openapi (YAML)");
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertEquals("Corroborate API", api.getInfo().getTitle());
        assertEquals("1", api.getInfo().getVersion());

        for (String[] variant : new String[][]{{"openapi?format=JSON", "*/*"}, {"openapi", "application/json"}}) {
            HttpResponse<String> json = Http.get(base, variant[0], variant[1], WebClient.platformAdminToken(base));
            assertEquals(200, json.statusCode(), json.body());
            assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    json.headers().map().toString());
            assertTrue(json.body().strip().startsWith("{"), json.body());
            OpenAPI fromJson = parse(portable(json.body()), "/" + variant[0] + " (Accept " + variant[1] + ")");
            assertEquals(signature(api), signature(fromJson), "the JSON and the YAML describe the same API");
        }
    }

    @Test
    void thePublicReadPathsAreDocumentedWithParametersAndResponseSchemas() {
        OpenAPI api = parse(liveYaml(), "/openapi");
        List<String> missing = new ArrayList<>();
        PUBLIC_READS.forEach((path, parameters) -> {
            PathItem item = api.getPaths().get(path);
            if (item == null || item.getGet() == null) {
                missing.add("GET " + path);
                return;
            }
            Operation get = item.getGet();
            Set<String> documented = parameters(get).stream().map(Parameter::getName).collect(Collectors.toSet());
            parameters.stream().filter(p -> !documented.contains(p)).forEach(p -> missing.add("GET " + path + " ?" + p));
            parameters(get).stream().filter(p -> "path".equals(p.getIn()) && !Boolean.TRUE.equals(p.getRequired()))
                    .forEach(p -> missing.add("GET " + path + ": path parameter " + p.getName() + " not required"));
            Content content = success(get).map(ApiResponse::getContent).orElse(null);
            if (content == null || content.isEmpty() || content.values().stream().anyMatch(m -> m.getSchema() == null)) {
                missing.add("GET " + path + ": no response schema");
            }
            String component = READ_SCHEMAS.get(path);
            if (component != null && content != null && content.get("application/json") != null) {
                Schema<?> schema = content.get("application/json").getSchema();
                String ref = schema.getItems() != null ? schema.getItems().get$ref() : schema.get$ref();
                if (!("#/components/schemas/" + component).equals(ref)) {
                    missing.add("GET " + path + ": answers " + ref + ", not " + component);
                }
            }
        });
        assertTrue(missing.isEmpty(), "not documented: " + missing);

        Schema<?> measure = api.getComponents().getSchemas().get("MeasureView");
        assertTrue(measure.getProperties().keySet().containsAll(List.of("id", "slug", "name", "unit", "claims")),
                "MeasureView: " + measure.getProperties().keySet());
        Parameter limit = parameters(api.getPaths().get("/api/v1/measures").getGet()).stream()
                .filter(p -> p.getName().equals("limit")).findFirst().orElseThrow();
        assertEquals(500, limit.getSchema().getMaximum().intValue(), "the limit's bounds are documented");
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        OpenAPI api = parse(liveYaml(), "/openapi");
        Map<String, List<String>> byId = new TreeMap<>();
        operations(api).forEach((where, operation) ->
                byId.computeIfAbsent(String.valueOf(operation.getOperationId()), k -> new ArrayList<>()).add(where));
        assertFalse(byId.containsKey("null"), "operations without an operationId: " + byId.get("null"));
        Map<String, List<String>> repeated = byId.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(repeated.isEmpty(), "operationIds used more than once: " + repeated);
        assertTrue(byId.size() >= 40, "operations: " + byId.keySet());
    }

    @Test
    void theCommittedSnapshotDescribesTheLiveOperations() throws IOException {
        OpenAPI live = parse(liveYaml(), "/openapi");
        Path snapshotFile = Path.of(Objects.requireNonNull(System.getProperty("kb.it.openapi.snapshot"),
                "kb.it.openapi.snapshot names the committed snapshot"));
        OpenAPI snapshot = parse(Files.readString(snapshotFile), snapshotFile.toString());
        Map<String, String> now = signature(live);
        Map<String, String> committed = signature(snapshot);
        List<String> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(now.keySet());
        keys.addAll(committed.keySet());
        for (String key : keys) {
            if (!Objects.equals(now.get(key), committed.get(key))) {
                differences.add(key + "\n      live:     " + now.get(key) + "\n      snapshot: " + committed.get(key));
            }
        }
        if (!differences.isEmpty()) {
            fail("The committed OpenAPI snapshot (" + snapshotFile + ") no longer matches /openapi in "
                    + differences.size() + " operation(s):\n  " + String.join("\n  ", differences) + "\n" + REFRESH);
        }
    }

    /** What a client depends on, per operation: id, parameters, request and response media types and schemas. */
    private static Map<String, String> signature(OpenAPI api) {
        Map<String, String> signature = new TreeMap<>();
        operations(api).forEach((where, op) -> {
            String parameters = parameters(op).stream()
                    .map(p -> p.getIn() + ":" + p.getName() + (Boolean.TRUE.equals(p.getRequired()) ? "!" : "")
                            + ":" + type(p.getSchema()))
                    .sorted().collect(Collectors.joining(", "));
            String body = op.getRequestBody() == null || op.getRequestBody().getContent() == null ? "-"
                    : new TreeMap<>(op.getRequestBody().getContent()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + type(e.getValue().getSchema())).collect(Collectors.joining(", "));
            String responses = op.getResponses() == null ? "-" : new TreeMap<>(op.getResponses()).entrySet().stream()
                    .map(e -> e.getKey() + (e.getValue().getContent() == null ? "" : new TreeMap<>(e.getValue().getContent())
                            .entrySet().stream().map(m -> m.getKey() + "=" + type(m.getValue().getSchema()))
                            .collect(Collectors.joining(", ", "[", "]"))))
                    .collect(Collectors.joining("; "));
            signature.put(where, op.getOperationId() + " (" + parameters + ") body " + body + " -> " + responses);
        });
        return signature;
    }

    private static String type(Schema<?> schema) {
        if (schema == null) {
            return "?";
        }
        if (schema.get$ref() != null) {
            return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        }
        if (schema.getItems() != null) {
            return "array<" + type(schema.getItems()) + ">";
        }
        return schema.getType() + (schema.getFormat() == null ? "" : "/" + schema.getFormat());
    }

    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> operations.put(method + " " + path, op)));
        return operations;
    }

    private static List<Parameter> parameters(Operation op) {
        return op.getParameters() == null ? List.of() : op.getParameters();
    }

    private static java.util.Optional<ApiResponse> success(Operation op) {
        return op.getResponses().entrySet().stream()
                .filter(e -> e.getKey().startsWith("2") || e.getKey().equals("default"))
                .map(Map.Entry::getValue).findFirst();
    }

    // --- the generated client against the running application, as an anonymous reader and as a member's script

    private ApiClient client() {
        ApiClient client = new ApiClient();
        String root = base.toString();
        client.updateBaseUri(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
        return client;
    }

    /** The generated client sending this personal API token. */
    private ApiClient client(String token) {
        return client().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void theGeneratedClientMakesAToken_usesIt_andRevokesIt() throws ApiException {
        // a script holding one token (made on the tokens page) makes itself another, for a job of its own
        AccountApi withExisting = new AccountApi(client(WebClient.apiToken(base, "heritage-contributor")));
        String label = "generated client " + java.util.UUID.randomUUID().toString().substring(0, 8);
        IssuedApiToken issued = withExisting.createApiToken(new NewToken().label(label)
                .expiresAt(java.time.Instant.now().plus(1, java.time.temporal.ChronoUnit.DAYS).toString()));
        assertTrue(issued.getToken().startsWith("cbt_"), "the text is in the answer, once");
        assertEquals(label, issued.getName());

        AccountApi withNew = new AccountApi(client(issued.getToken()));
        assertEquals("heritage-contributor", withNew.getAccount().getUsername(), "the new token acts as its account");
        ApiTokenView listed = withNew.listApiTokens().stream().filter(t -> t.getId().equals(issued.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("the new token is listed"));
        assertEquals(label, listed.getName());
        assertNotNull(listed.getExpiresAt());
        assertEquals(null, listed.getRevokedAt());

        withExisting.revokeApiToken(issued.getId().longValueExact());
        ApiException refused = assertThrows(ApiException.class, withNew::getAccount);
        assertEquals(401, refused.getCode(), "a revoked token no longer works: " + refused.getResponseBody());
        assertFalse(withExisting.getApiToken(issued.getId().longValueExact()).getRevokedAt() == null);
    }

    private MeasureView measureBySlug(MeasuresApi measures, String slug) throws ApiException {
        return measures.listMeasures(0, 500).getItems().stream().filter(m -> slug.equals(m.getSlug())).findFirst()
                .orElseThrow(() -> new AssertionError("no measure " + slug));
    }

    @Test
    void theGeneratedClientSearchesTheDemoKnowledgeBase() throws ApiException {
        SearchResults results = new SearchApi(client()).search("defectors", null, null, null, null, null, null, 0, 20);
        assertEquals("defectors", results.getText());
        assertTrue(results.getTotal().intValue() > 0, "hits for defectors");
        List<String> titles = results.getHits().stream().map(Hit::getTitle).toList();
        assertTrue(titles.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("defectors")), titles.toString());
        assertFalse(results.getFacets().isEmpty(), "every answer counts the hits per facet");

        SearchResults measuresOnly = new SearchApi(client()).search("defectors", "measure", null, null, null, null, null, 0, 20);
        assertFalse(measuresOnly.getHits().isEmpty());
        assertTrue(measuresOnly.getHits().stream().allMatch(h -> "measure".equals(h.getType())),
                measuresOnly.getHits().stream().map(Hit::getType).toList().toString());
    }

    @Test
    void theGeneratedClientReadsAMeasureBySlugWithItsClaims() throws ApiException {
        MeasuresApi measures = new MeasuresApi(client());
        MeasureView listed = measureBySlug(measures, "nk-population");
        MeasureView population = measures.getMeasure(String.valueOf(listed.getId().longValueExact()));
        assertEquals("nk-population", population.getSlug());
        assertEquals(population.getId(), measures.getMeasure("nk-population").getId(), "a measure is named by slug or id alike");
        assertEquals("PERSONS", population.getUnit());
        List<String> phrases = population.getClaims().stream().map(c -> c.getFigure().getPhrase()).toList();
        assertTrue(phrases.containsAll(List.of("25 million", "24 million civilians")), phrases.toString());
        assertFalse(population.getClaims().get(0).getSources().isEmpty(), "each figure names its sources");

        MeasureCrossReference comparisons = new MeasureComparisonsApi(client()).getMeasureComparisons("nk-population");
        assertNotNull(comparisons);
        ReconciliationView reconciliation = new ReconciliationsApi(client()).getReconciliation("defectors-in-south-korea");
        assertEquals("defectors-in-south-korea", reconciliation.getMeasure().getSlug());
        assertNotNull(reconciliation.getCurrent(), "the demo publishes this measure's reconciliation");

        ApiException unknown = assertThrows(ApiException.class, () -> measures.getMeasure("999999999"));
        assertEquals(404, unknown.getCode());
        assertTrue(unknown.getResponseBody().contains("\"status\":404"), unknown.getResponseBody());
    }

    @Test
    void theGeneratedClientPagesThroughMeasures() throws ApiException {
        MeasuresApi measures = new MeasuresApi(client());
        MeasurePage all = measures.listMeasures(0, 500);
        assertTrue(all.getTotal() >= 10, "measures: " + all.getTotal());
        assertEquals(all.getTotal(), all.getItems().size());
        MeasurePage page = measures.listMeasures(2, 3);
        assertEquals(all.getTotal(), page.getTotal());
        assertEquals(2, page.getOffset());
        assertEquals(3, page.getLimit());
        assertEquals(all.getItems().subList(2, 5).stream().map(MeasureView::getSlug).toList(),
                page.getItems().stream().map(MeasureView::getSlug).toList());
        assertTrue(measures.listMeasures(100_000, 50).getItems().isEmpty());
        ApiException tooMany = assertThrows(ApiException.class, () -> measures.listMeasures(0, 501));
        assertEquals(400, tooMany.getCode(), "the documented maximum is enforced");
    }

    @Test
    void theGeneratedClientReadsAClaimWithItsCitationsAndSources() throws ApiException {
        MeasureView prisoners = measureBySlug(new MeasuresApi(client()), "political-prisoners");
        ClaimSummary summary = prisoners.getClaims().stream()
                .filter(c -> "up to 120,000".equals(c.getFigure().getPhrase())).findFirst().orElseThrow();
        long claimId = summary.getId().longValueExact();

        ClaimView claim = new ClaimsApi(client()).getClaim(claimId);
        assertEquals("VERIFIED", claim.getStatus());
        assertEquals("political-prisoners", claim.getMeasure().getSlug());
        assertEquals("[0, 120000]", claim.getFigure().getInterval(), "\"up to\" starts at zero");
        CitationView citation = claim.getCitations().get(0);
        assertTrue(citation.getQuoteExact().contains("120,000"), citation.getQuoteExact());
        assertFalse(citation.getLocator().isBlank());

        SourcesApi sources = new SourcesApi(client());
        long sourceId = citation.getSource().getId().longValueExact();
        SourceView source = sources.getSource(sourceId);
        assertEquals(citation.getSource().getTitle(), source.getTitle());
        assertFalse(source.getRestricted());
        List<Long> citing = sources.listClaimsCitingSource(sourceId).stream()
                .map(c -> c.getId().longValueExact()).toList();
        assertTrue(citing.contains(claimId), "the source lists the figures citing it: " + citing);

        ApiException unknown = assertThrows(ApiException.class, () -> new ClaimsApi(client()).getClaim(999_999_999L));
        assertEquals(404, unknown.getCode());
    }
}
