package org.corroborate.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A claims CSV file sent through the API is imported in the background, off the request thread, as a job: the POST
 * answers 202 with the job and its Location at once, the job moves from QUEUED or RUNNING to DONE with the result a
 * page shows (outcome, rows, the drafts created, the bad rows), a dry run is a job too and agrees with the import,
 * a job answers anyone but the account that started it as a missing job does (its retry too), a finished job is not
 * retried (409), a file over 5 MB or 10,000 rows is refused with 413 and an account with two imports unfinished
 * with 429 and Retry-After, nothing queued or written.
 */
@ExtendWith(TestServer.class)
class ClaimImportJobsIT {

    private static final String HEADER = "statement,language,measure,figure_phrase,qualifier,value,unit,as_of,source,locator_type,locator,stance";
    private static final Set<String> NOT_FINISHED = Set.of("QUEUED", "RUNNING");

    @TestServer.Base
    URL base;

    @Test
    void anImportAnswersAtOnceWithAJobThatRunsToTheSameResultAsItsDryRun() {
        Contributions members = new Contributions(base);
        String account = "tongil-mom-contributor";
        String marker = "jobs-" + UUID.randomUUID().toString().substring(0, 8);
        String measure = members.measure(account, "tongil-mom", "People counted by an import job");
        long source = members.source(account, "tongil-mom", "Import job report " + marker, "PUBLIC", null);
        String csv = census(marker, measure, source, 2_000);

        JsonObject dryRun = members.importClaims(account, marker + ".csv", csv, true, "en");
        assertEquals("DONE", dryRun.getString("state"), dryRun.toString());
        assertTrue(dryRun.getBoolean("dryRun"));
        assertEquals("VALID", dryRun.getJsonObject("result").getString("outcome"), dryRun.toString());
        assertEquals(2_000, dryRun.getJsonObject("result").getInt("rows"));
        assertEquals(0, dryRun.getJsonObject("result").getInt("createdCount"));
        assertFalse(mine(members, account).contains(marker), "a dry run writes nothing");

        long posted = System.nanoTime();
        HttpResponse<String> accepted = members.call("POST", "api/v1/claims/imports?name=" + marker + ".csv", account,
                "text/csv; charset=UTF-8", csv, "en");
        long answeredAfter = System.nanoTime() - posted;
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(accepted.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", accepted.headers().firstValue("Cache-Control").orElse(""));
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertTrue(URI.create(location).getPath().startsWith("/api/v1/claims/imports/"), location);
        JsonObject answered = Http.json(accepted);
        assertTrue(NOT_FINISHED.contains(answered.getString("state")), "answered before the file is imported: " + answered);
        assertEquals(marker + ".csv", answered.getString("file"));
        assertFalse(answered.getBoolean("dryRun"));

        List<JsonObject> seen = members.followImport(account, location, "en");
        JsonObject done = seen.get(seen.size() - 1);
        List<String> steps = seen.stream().filter(j -> j.containsKey("step") && !j.isNull("step"))
                .map(j -> j.getString("step")).distinct().toList();
        System.out.printf(Locale.ROOT, "[claim-import] 2,000 rows (%,d bytes): 202 after %d ms, DONE after %d ms; %d polls saw steps %s%n",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, answeredAfter / 1_000_000,
                (System.nanoTime() - posted) / 1_000_000, seen.size(), steps);
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(2_000, done.getInt("rowsDone"));
        assertEquals(2_000, done.getInt("rowsTotal"));
        assertEquals(100, done.getInt("percent"));
        assertFalse(done.getBoolean("retryable"), done.toString());
        assertEquals(1, done.getInt("attempts"), done.toString());
        List<Integer> percents = seen.stream().map(s -> s.getInt("percent")).toList();
        for (int i = 1; i < percents.size(); i++) {
            assertTrue(percents.get(i) >= percents.get(i - 1), "progress never goes back: " + percents);
        }
        assertTrue(percents.stream().anyMatch(p -> p > 0 && p < 100), "progress between the start and the end: " + percents);
        JsonObject result = done.getJsonObject("result");
        assertEquals("IMPORTED", result.getString("outcome"), result.toString());
        assertEquals(2_000, result.getInt("rows"));
        assertEquals(2_000, result.getInt("createdCount"));
        assertEquals(2_000, result.getJsonArray("created").size());
        assertTrue(result.getJsonArray("errors").isEmpty(), result.toString());
        JsonObject first = result.getJsonArray("created").getJsonObject(0);
        assertEquals(2, first.getInt("row"));
        JsonObject claim = members.claim(account, first.getJsonNumber("claim").longValue());
        assertEquals("DRAFT", claim.getString("status"));
        assertEquals(first.getString("statement"), claim.getString("statement"));

        // a finished import is not retried: 409 in the caller's language, and nothing runs again
        String path = URI.create(location).getPath().substring(1);
        HttpResponse<String> retried = members.call("POST", path + "/retry", account, null, null, "ko");
        assertEquals(409, retried.statusCode(), retried.body());
        assertTrue(retried.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Http.json(retried).getString("detail").contains("다시 시도할 수 있습니다"), retried.body());
        assertEquals("DONE", Http.json(members.call("GET", path, account, null, null)).getString("state"));

        // the same file again: a job whose result says when it was imported, and nothing new
        JsonObject again = members.importClaims(account, "copy.csv", csv, false, "en");
        assertEquals("ALREADY_IMPORTED", again.getJsonObject("result").getString("outcome"), again.toString());
        assertEquals(result.getJsonNumber("importId"), again.getJsonObject("result").getJsonNumber("importId"));
    }

    @Test
    void badRowsAreTheJobsResultInTheCallersLanguageAndNothingIsWritten() {
        Contributions members = new Contributions(base);
        String account = "tongil-mom-contributor";
        String marker = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + "\n\"" + marker + " one.\",en,no-such-measure-" + marker + ",about 5,ABOUT,5,PERSONS,2014,,,,\n"
                + "\"" + marker + " two.\",en,,,,,,,,,,\n";

        for (boolean dryRun : new boolean[]{true, false}) {
            JsonObject job = members.importClaims(account, "bad.csv", csv, dryRun, "ko");
            assertEquals("DONE", job.getString("state"), job.toString());
            JsonObject result = job.getJsonObject("result");
            assertEquals("INVALID", result.getString("outcome"), result.toString());
            assertEquals(1, result.getJsonArray("errors").size(), result.toString());
            JsonObject error = result.getJsonArray("errors").getJsonObject(0);
            assertEquals(2, error.getInt("row"));
            assertEquals("measure", error.getString("column"));
            assertTrue(error.getString("message").contains("측정 항목이 없습니다"), error.toString());
            assertTrue(result.getString("detail").contains("아무것도 가져오지 않았습니다"), result.toString());
        }
        assertFalse(mine(members, account).contains(marker), "nothing was imported");
    }

    @Test
    void aJobAnswersAnyoneButItsOwnerAsAMissingJobDoes() {
        Contributions members = new Contributions(base);
        String csv = HEADER + "\n\"Private import " + UUID.randomUUID() + ".\",en,,,,,,,,,,\n";
        HttpResponse<String> accepted = members.call("POST", "api/v1/claims/imports?dryRun=true&name=private-file.csv",
                "heritage-contributor", "text/csv", csv, "en");
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        members.followImport("heritage-contributor", location, "en");
        String path = URI.create(location).getPath().substring(1);
        members.assertAnswersLikeMissing(path, "private-file.csv", "another account's job",
                "heritage-admin", "heritage-editor", "hrnk-contributor", null);
        for (String other : new String[]{"heritage-admin", "hrnk-contributor"}) {
            HttpResponse<String> retry = members.call("POST", path + "/retry", other, null, null);
            HttpResponse<String> missing = members.call("POST", path.substring(0, path.lastIndexOf('/') + 1) + "0".repeat(32) + "/retry",
                    other, null, null);
            assertEquals(404, retry.statusCode(), other + " retrying another's job: " + retry.body());
            assertEquals(missing.statusCode(), retry.statusCode());
            assertFalse(retry.body().contains("private-file.csv"), retry.body());
        }
    }

    @Test
    void aFileOverFiveMegabytesOrTenThousandRowsIsRefusedWith413AndNothingIsQueued() {
        Contributions members = new Contributions(base);
        String account = "link-contributor";
        String marker = "large-" + UUID.randomUUID().toString().substring(0, 8);

        String big = HEADER + "\n" + ("\"" + marker + " " + "x".repeat(1_000) + ".\",en,,,,,,,,,,\n").repeat(5_300);
        assertTrue(big.length() > 5 * 1024 * 1024);
        HttpResponse<String> tooBig = members.call("POST", "api/v1/claims/imports?name=big.csv", account, "text/csv", big, "en");
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertTrue(tooBig.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Http.json(tooBig).getString("detail").contains("larger than the limit of 5 MB"), tooBig.body());
        assertTrue(tooBig.headers().firstValue("Location").isEmpty());

        String longFile = HEADER + "\n" + ("\"" + marker + ".\",en,,,,,,,,,,\n").repeat(10_001);
        for (String language : new String[]{"en", "ko"}) {
            HttpResponse<String> tooLong = members.call("POST", "api/v1/claims/imports?dryRun=true&name=long.csv", account,
                    "text/csv", longFile, language);
            assertEquals(413, tooLong.statusCode(), tooLong.body());
            assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            String detail = Http.json(tooLong).getString("detail");
            assertTrue(detail.contains(language.equals("en") ? "more than 10,000 rows" : "10,000개를 넘습니다"), detail);
        }
        assertFalse(mine(members, account).contains(marker), "nothing was imported");
    }

    @Test
    void anAccountWithTwoImportsUnfinishedIsRefusedWith429UntilOneIsFinished() {
        Contributions members = new Contributions(base);
        String account = "nauh-contributor";
        String marker = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        String measure = members.measure(account, "nauh", "People counted while imports queue");
        long source = members.source(account, "nauh", "Queued import report " + marker, "PUBLIC", null);
        String large = census(marker, measure, source, 10_000);

        long posted = System.nanoTime();
        HttpResponse<String> first = members.call("POST", "api/v1/claims/imports?dryRun=true&name=first.csv", account,
                "text/csv", large, "en");
        HttpResponse<String> second = members.call("POST", "api/v1/claims/imports?dryRun=true&name=second.csv", account,
                "text/csv", large, "en");
        HttpResponse<String> third = members.call("POST", "api/v1/claims/imports?dryRun=true&name=third.csv", account,
                "text/csv", large, "ko");
        assertEquals(202, first.statusCode(), first.body());
        assertEquals(202, second.statusCode(), second.body());
        assertEquals(429, third.statusCode(), third.body());
        assertTrue(third.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Integer.parseInt(third.headers().firstValue("Retry-After").orElseThrow()) > 0, third.headers().toString());
        assertTrue(Http.json(third).getString("detail").contains("가져오기가 2개"), third.body());
        assertTrue(third.headers().firstValue("Location").isEmpty());

        for (HttpResponse<String> accepted : List.of(first, second)) {
            List<JsonObject> seen = members.followImport(account, accepted.headers().firstValue("Location").orElseThrow(), "en");
            JsonObject done = seen.get(seen.size() - 1);
            assertEquals("VALID", done.getJsonObject("result").getString("outcome"), done.toString());
        }
        System.out.printf(Locale.ROOT, "[claim-import] two 10,000-row dry runs (%,d bytes each) checked %d ms after the first was posted%n",
                large.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, (System.nanoTime() - posted) / 1_000_000);
        // the file's size played its part (the two above were still running when the third came): a small one now
        HttpResponse<String> later = members.call("POST", "api/v1/claims/imports?dryRun=true&name=later.csv", account,
                "text/csv", census(marker, measure, source, 3), "en");
        assertEquals(202, later.statusCode(), "once one is finished, the account may import again: " + later.body());
        List<JsonObject> laterSeen = members.followImport(account, later.headers().firstValue("Location").orElseThrow(), "en");
        assertEquals("VALID", laterSeen.get(laterSeen.size() - 1).getJsonObject("result").getString("outcome"),
                laterSeen.toString());
    }

    /** A file of {@code rows} claims, each a figure of the measure citing the source. */
    @Test
    void aDryRunThatIsNeitherTrueNorFalseIsRefusedAndNothingRuns() {
        Contributions members = new Contributions(base);
        String account = "tongil-mom-contributor";
        String marker = "strict-" + UUID.randomUUID().toString().substring(0, 8);
        String measure = members.measure(account, "tongil-mom", "People counted by a strict dry run");
        long source = members.source(account, "tongil-mom", "Strict dry run report " + marker, "PUBLIC", null);
        String csv = census(marker, measure, source, 3);

        // JAX-RS read dryRun=1 and dryRun=yes as false: a real import started where the script asked for a check
        for (String value : List.of("1", "yes", "TRUE", "")) {
            HttpResponse<String> refused = members.call("POST", "api/v1/claims/imports?name=" + marker + ".csv&dryRun=" + value,
                    account, "text/csv; charset=UTF-8", csv, "ko");
            assertEquals(400, refused.statusCode(), "dryRun=" + value + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(refused.headers().firstValue("Location").isEmpty(), "no job for dryRun=" + value);
            assertTrue(Http.json(refused).getString("detail").contains("dryRun") && Http.json(refused).getString("detail")
                    .contains("true 또는 false"), refused.body());
        }
        // nothing ran: the same file then imports once, whole, and is not "already imported"
        JsonObject imported = members.importClaims(account, marker + ".csv", csv, false, "en");
        assertEquals("IMPORTED", imported.getJsonObject("result").getString("outcome"), imported.toString());
        assertEquals(3, imported.getJsonObject("result").getInt("createdCount"));
        assertEquals(3, mine(members, account).split(marker + " census", -1).length - 1, "each row once");
    }

    private static String census(String marker, String measure, long source, int rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            String number = String.format(Locale.ROOT, "%,d", i * 10);
            csv.append("\"").append(marker).append(" census ").append(i).append(" counted ").append(number)
                    .append(" people.\",en,").append(measure).append(",\"").append(number).append(" people\",EXACT,\"")
                    .append(number).append("\",PERSONS,2014,").append(source).append(",PAGE,").append(i).append(",SUPPORTS\n");
        }
        return csv.toString();
    }

    private static String mine(Contributions members, String account) {
        HttpResponse<String> mine = members.call("GET", "api/v1/claims/mine", account, null, null);
        assertEquals(200, mine.statusCode(), mine.body());
        return mine.body();
    }
}
