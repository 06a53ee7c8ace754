package org.corroborate.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input the database cannot hold is refused at the boundary, with a 4xx problem document in the caller's language that
 * names the field, and changes nothing: numbers with more digits than their columns keep (a claim's figure through the
 * API and through a CSV import, whose dry run and real run agree; a reconciliation draft's bounds; the tolerance for
 * "about"), and the NUL character (U+0000, which PostgreSQL's text cannot hold) in body text, query parameters, forms
 * and paths. Two editors saving the first draft of a reconciliation at the same moment get one 200 and one 412, never
 * a 5xx. Everything changed is this class's own (measures and sources it creates); the demo data is only read.
 */
@ExtendWith(TestServer.class)
class InputLimitsIT {

    private static final String CONTRIBUTOR = "hrnk-contributor";
    private static final String EDITOR = "nauh-editor";
    private static final String OTHER_EDITOR = "heritage-editor";
    private static final String JSON = "application/json";
    /** 22 digits before the decimal point: the figure columns (NUMERIC(24, 6)) keep 18. */
    private static final String TOO_MANY_DIGITS = "1234567890123456789012";
    /** 7 digits after the decimal point: the figure columns keep 6. */
    private static final String TOO_MANY_DECIMALS = "12.1234567";

    @TestServer.Base
    URL base;

    @Test
    void aFigureWithMoreDigitsThanItsColumnKeepsIsRefusedNamingTheFieldAndNothingIsDrafted() {
        Contributions members = new Contributions(base);
        String marker = marker();
        String measure = members.measure(CONTRIBUTOR, "hrnk", "People counted past the columns' digits");
        long source = members.source(CONTRIBUTOR, "hrnk", "Input limits report " + marker, "PUBLIC", null);

        Map<String, JsonObject> figures = new LinkedHashMap<>();
        figures.put("content.figure.value", figure("EXACT").add("value", new BigDecimal(TOO_MANY_DIGITS)).build());
        figures.put("content.figure.high", figure("BETWEEN").add("low", 1).add("high", new BigDecimal(TOO_MANY_DIGITS)).build());
        figures.put("content.figure.low", figure("BETWEEN").add("low", new BigDecimal("0.0000001")).add("high", 10).build());
        for (Map.Entry<String, JsonObject> figure : figures.entrySet()) {
            String body = claim(measure, "Too many digits " + marker + " (" + figure.getKey() + ").", figure.getValue(), source);
            JsonObject english = problem(members.call("POST", "api/v1/claims", CONTRIBUTOR, JSON, body, "en"), 400);
            assertTrue(message(english, figure.getKey()).contains("18 digits before the decimal point and 6 after"), english.toString());
            JsonObject korean = problem(members.call("POST", "api/v1/claims", CONTRIBUTOR, JSON, body, "ko"), 400);
            assertTrue(message(korean, figure.getKey()).contains("소수점"), korean.toString());
        }
        JsonObject decimals = problem(members.call("POST", "api/v1/claims", CONTRIBUTOR, JSON, claim(measure,
                "Too many decimals " + marker + ".", figure("EXACT").add("value", new BigDecimal(TOO_MANY_DECIMALS)).build(),
                source), "en"), 400);
        message(decimals, "content.figure.value");

        assertFalse(members.call("GET", "api/v1/claims/mine", CONTRIBUTOR, null, null).body().contains(marker),
                "no claim was drafted");
    }

    @Test
    void aCsvRowWithTooManyDigitsOrANulIsRefusedAlikeByTheDryRunAndTheImport() {
        Contributions members = new Contributions(base);
        String marker = marker();
        String measure = members.measure(CONTRIBUTOR, "hrnk", "People imported past the columns' digits");
        long source = members.source(CONTRIBUTOR, "hrnk", "Input limits import " + marker, "PUBLIC", null);
        HttpResponse<String> template = Http.get(base, "api/v1/claims/imports/template", "text/csv");
        assertEquals(200, template.statusCode(), template.body());
        List<String> header = List.of(template.body().lines().findFirst().orElseThrow().split(","));

        Map<String, String> tooManyDigits = row(marker + " counted too many digits.", measure, TOO_MANY_DIGITS, source);
        Map<String, String> nul = row(marker + " counted a NUL\u0000 here.", measure, "120,000", source);
        String csv = String.join(",", header) + "\n" + csvLine(header, tooManyDigits) + "\n" + csvLine(header, nul) + "\n";

        JsonObject dryRun = invalid(members.importClaims(CONTRIBUTOR, "limits.csv", csv, true, "en"));
        JsonObject imported = invalid(members.importClaims(CONTRIBUTOR, "limits.csv", csv, false, "en"));
        JsonArray rows = dryRun.getJsonArray("errors");
        assertEquals(rows, imported.getJsonArray("errors"), "the dry run and the import report the same rows");
        assertEquals(2, rows.size(), rows.toString());
        JsonObject digits = rows.getJsonObject(0);
        assertEquals(2, digits.getInt("row"));
        assertEquals("value", digits.getString("column"));
        assertTrue(digits.getString("message").contains("18 digits before the decimal point and 6 after"), digits.toString());
        JsonObject nulRow = rows.getJsonObject(1);
        assertEquals(3, nulRow.getInt("row"));
        assertEquals("statement", nulRow.getString("column"));
        assertTrue(nulRow.getString("message").contains("U+0000"), nulRow.toString());

        JsonObject korean = invalid(members.importClaims(CONTRIBUTOR, "limits.csv", csv, true, "ko"));
        assertTrue(korean.getJsonArray("errors").getJsonObject(0).getString("message").contains("소수점"), korean.toString());
        assertTrue(korean.getJsonArray("errors").getJsonObject(1).getString("message").contains("U+0000"), korean.toString());

        assertFalse(members.call("GET", "api/v1/claims/mine", CONTRIBUTOR, null, null).body().contains(marker),
                "nothing was imported");
    }

    @Test
    void aReconciliationDraftOrAToleranceWithMoreDigitsThanItsColumnKeepsIsRefused() {
        Contributions members = new Contributions(base);
        String measure = members.shownMeasure(CONTRIBUTOR, "hrnk", "heritage-editor", "People reconciled past the columns' digits");
        String draftPath = "api/v1/measures/" + measure + "/reconciliation/draft";

        Map<String, String> bounds = Map.of("low", "0.0000001", "high", TOO_MANY_DIGITS, "best", TOO_MANY_DECIMALS);
        for (Map.Entry<String, String> bound : bounds.entrySet()) {
            String draft = Json.createObjectBuilder().add("rationale", "Too many digits in the " + bound.getKey() + ".")
                    .add("roles", Json.createArrayBuilder()).add("low", 0).add("high", 100)
                    .add(bound.getKey(), new BigDecimal(bound.getValue())).build().toString();
            JsonObject refused = problem(members.call("PUT", draftPath, EDITOR, JSON, draft, "ko", 0L), 400);
            assertTrue(message(refused, bound.getKey()).contains("소수점"), refused.toString());
        }
        HttpResponse<String> draft = members.call("GET", draftPath, EDITOR, null, null);
        assertEquals(200, draft.statusCode(), draft.body());
        assertFalse(Http.json(draft).containsKey("rationale") && !Http.json(draft).isNull("rationale"),
                "no draft was saved: " + draft.body());

        long version = Contributions.etag(members.call("GET", "api/v1/measures/" + measure, EDITOR, null, null));
        String tolerance = Json.createObjectBuilder().add("percent", new BigDecimal("12.345")).build().toString();
        JsonObject refused = problem(members.call("PUT", "api/v1/measures/" + measure + "/tolerance", EDITOR, JSON, tolerance, "en", version), 400);
        assertTrue(message(refused, "percent").contains("3 digits before the decimal point and 2 after"), refused.toString());
        String kept = Json.createObjectBuilder().add("percent", new BigDecimal("12.5")).build().toString();
        HttpResponse<String> set = members.call("PUT", "api/v1/measures/" + measure + "/tolerance", EDITOR, JSON, kept, version);
        assertEquals(200, set.statusCode(), "the refusal changed nothing, not even the version: " + set.body());
    }

    @Test
    void aNulInBodyTextIsRefusedNamingTheFieldAndNothingIsWritten() {
        Contributions members = new Contributions(base);
        String marker = marker();
        String measure = members.measure(CONTRIBUTOR, "hrnk", "People counted with a NUL in the statement");
        long source = members.source(CONTRIBUTOR, "hrnk", "Input limits NUL report " + marker, "PUBLIC", null);

        String claim = claim(measure, "The camp held " + marker + "\u0000 people.", figure("EXACT").add("value", 12).build(), source);
        JsonObject english = problem(members.call("POST", "api/v1/claims", CONTRIBUTOR, JSON, claim, "en"), 400);
        assertTrue(message(english, "content.statement").contains("U+0000"), english.toString());
        JsonObject korean = problem(members.call("POST", "api/v1/claims", CONTRIBUTOR, JSON, claim, "ko"), 400);
        assertTrue(message(korean, "content.statement").contains("문자"), korean.toString());
        assertFalse(members.call("GET", "api/v1/claims/mine", CONTRIBUTOR, null, null).body().contains(marker),
                "no claim was drafted");

        String draft = Json.createObjectBuilder().add("rationale", "Weighed " + marker + "\u0000.")
                .add("roles", Json.createArrayBuilder()).build().toString();
        JsonObject rationale = problem(members.call("PUT", "api/v1/measures/" + measure + "/reconciliation/draft",
                EDITOR, JSON, draft, "en", 0L), 400);
        message(rationale, "rationale");

        String comment = Json.createObjectBuilder().add("field", "GENERAL").add("text", "See \u0000 here.").build().toString();
        long drafted = members.draft(CONTRIBUTOR, "hrnk", measure, "The camp held " + marker + " people.", source, null);
        members.submit(CONTRIBUTOR, drafted);
        problem(members.call("POST", "api/v1/claims/" + drafted + "/comments", EDITOR, JSON, comment, "en"), 400);
    }

    @Test
    void aNulInAQueryParameterAPathOrAFormIsRefusedBeforeItReachesTheDatabase() {
        Contributions members = new Contributions(base);
        String measure = members.measure(CONTRIBUTOR, "hrnk", "People looked up with a NUL");
        List<String> anonymous = List.of("api/v1/search?q=camp%00s", "api/v1/search?q=camps&organization=hrnk%00",
                "api/v1/sources/suggestions?q=%00", "api/v1/sources/suggestions?q=camp%00roster",
                "api/v1/sources?organization=hrnk%00", "api/v1/organizations/hrnk/claims?offset=0%00",
                "api/v1/conflicts?topic=%00", "api/v1/measures/" + measure + "/reconciliation?lang=%00");
        for (String path : anonymous) {
            JsonObject problem = problem(members.call("GET", path, null, null, null, "en"), 400);
            assertTrue(problem.getString("detail").contains("U+0000"), path + ": " + problem);
            JsonObject korean = problem(members.call("GET", path, null, null, null, "ko"), 400);
            assertTrue(korean.getString("detail").contains("문자"), path + ": " + korean);
        }
        for (String path : List.of("api/v1/review/queue?measure=" + measure + "%00", "api/v1/audit?entityType=claim%00")) {
            problem(members.call("GET", path, EDITOR, null, null, "en"), 400);
        }
        // in a path, Payara Micro refuses an encoded NUL itself, before the application sees the request
        for (String path : List.of("api/v1/organizations/hrnk%00/claims", "api/v1/measures/" + measure + "%00/comparisons",
                "api/v1/measures/" + measure + "/reconciliation/draft%00")) {
            assertEquals(400, members.call("GET", path, EDITOR, null, null, "en").statusCode(), path);
        }
        for (String page : List.of("search.xhtml?q=camp%00s", "sources.xhtml?organization=hrnk%00", "measures/" + measure + "?lang=%00")) {
            HttpResponse<String> answer = Http.get(base, page, "text/html");
            assertEquals(400, answer.statusCode(), page + ": " + answer.body());
        }
        WebClient browser = new WebClient(base);
        browser.get("login.xhtml");
        HttpResponse<String> signIn = browser.signIn(EDITOR + "\u0000", WebClient.DEMO_PASSWORD);
        assertEquals(400, signIn.statusCode(), "a form, too: " + signIn.body());
    }

    @Test
    void twoEditorsSavingTheFirstDraftAtOnceGetOneSaveAndOneConflict() throws Exception {
        Contributions members = new Contributions(base);
        members.token(EDITOR);
        members.token(OTHER_EDITOR);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 10; round++) {
                String measure = members.shownMeasure(CONTRIBUTOR, "hrnk", "heritage-editor", "Reconciliation drafts saved at once " + round);
                String path = "api/v1/measures/" + measure + "/reconciliation/draft";
                CountDownLatch start = new CountDownLatch(1);
                Map<String, Future<HttpResponse<String>>> saves = new LinkedHashMap<>();
                for (String editor : List.of(EDITOR, OTHER_EDITOR)) {
                    String draft = Json.createObjectBuilder().add("rationale", "Saved by " + editor + " in round " + round + ".")
                            .add("roles", Json.createArrayBuilder()).build().toString();
                    saves.put(editor, pool.submit(() -> {
                        start.await();
                        return members.call("PUT", path, editor, JSON, draft, 0L);
                    }));
                }
                start.countDown();
                Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
                for (Map.Entry<String, Future<HttpResponse<String>>> save : saves.entrySet()) {
                    answers.put(save.getKey(), save.getValue().get(60, TimeUnit.SECONDS));
                }
                String said = "round " + round + ": " + answers.entrySet().stream()
                        .map(a -> a.getKey() + " " + a.getValue().statusCode() + " " + a.getValue().body())
                        .collect(Collectors.joining(" | "));
                List<Integer> statuses = new ArrayList<>(answers.values().stream().map(HttpResponse::statusCode).sorted().toList());
                assertEquals(List.of(200, 412), statuses, said);

                String winner = answers.entrySet().stream().filter(a -> a.getValue().statusCode() == 200)
                        .findFirst().orElseThrow().getKey();
                JsonObject saved = Http.json(answers.get(winner));
                JsonObject conflict = problem(answers.values().stream().filter(a -> a.statusCode() == 412)
                        .findFirst().orElseThrow(), 412);
                JsonObject theirs = conflict.getJsonObject("current");
                assertEquals("Saved by " + winner + " in round " + round + ".", theirs.getString("rationale"), said);
                assertEquals(saved.getJsonNumber("version").longValue(), theirs.getJsonNumber("version").longValue(), said);
                HttpResponse<String> kept = members.call("GET", path, EDITOR, null, null);
                assertEquals("Saved by " + winner + " in round " + round + ".", Http.json(kept).getString("rationale"), said);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The problem document of an answer that must have this status. */
    /** The result of an import job that found bad rows: DONE, outcome INVALID, nothing written. */
    private static JsonObject invalid(JsonObject job) {
        assertEquals("DONE", job.getString("state"), job.toString());
        JsonObject result = job.getJsonObject("result");
        assertEquals("INVALID", result.getString("outcome"), job.toString());
        assertEquals(0, result.getInt("createdCount"), job.toString());
        return result;
    }

    private static JsonObject problem(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.request().uri() + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.request().uri() + ": " + answer.headers().map());
        JsonObject problem = Http.json(answer);
        assertEquals(status, problem.getInt("status"), problem.toString());
        return problem;
    }

    /** The message of the problem's error about this field (which must be there). */
    private static String message(JsonObject problem, String field) {
        assertTrue(problem.containsKey("errors"), "the problem lists the fields at fault: " + problem);
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no error about " + field + ": " + problem)).getString("message");
    }

    private static JsonObjectBuilder figure(String qualifier) {
        return Json.createObjectBuilder().add("phrase", "a figure of the input limits test").add("qualifier", qualifier)
                .add("unit", "PERSONS");
    }

    /** A draft claim of hrnk on the measure with this figure, citing the source. */
    private static String claim(String measure, String statement, JsonObject figure, long source) {
        JsonObject content = Json.createObjectBuilder().add("statement", statement).add("language", "en")
                .add("figure", figure).add("measure", measure).add("period", Json.createObjectBuilder().add("asOf", "2024"))
                .add("topics", Json.createArrayBuilder()).build();
        return Json.createObjectBuilder().add("organization", "hrnk").add("content", content)
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("source", source)
                        .add("locatorType", "PAGE").add("locator", "7").add("stance", "SUPPORTS")))
                .build().toString();
    }

    /** The cells of a CSV row: an exact figure of persons as of 2024, citing page 7 of the source. */
    private static Map<String, String> row(String statement, String measure, String value, long source) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("statement", statement);
        cells.put("language", "en");
        cells.put("measure", measure);
        cells.put("figure_phrase", value + " people");
        cells.put("qualifier", "EXACT");
        cells.put("value", value);
        cells.put("unit", "PERSONS");
        cells.put("as_of", "2024");
        cells.put("source", String.valueOf(source));
        cells.put("locator_type", "PAGE");
        cells.put("locator", "7");
        cells.put("stance", "SUPPORTS");
        return cells;
    }

    private static String csvLine(List<String> header, Map<String, String> cells) {
        return header.stream().map(column -> cells.getOrDefault(column, ""))
                .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
    }

    private static String marker() {
        return "lim" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
