package org.corroborate.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Requests a fuzzer found answered with a 500, each a client's mistake or a probe: a GET of a page with a
 * {@code jakarta.faces.ViewState} parameter, a protected view opened without its token (which also wrote the
 * token to the server log), a malformed Accept-Language header, and bibliographies nested deep enough to overflow
 * a parser's stack. Each must answer 4xx (or the page itself), in the caller's language, and change nothing.
 */
@ExtendWith(TestServer.class)
class HostileRequestsIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FILE_INPUT = Pattern.compile("<input type=\"file\"[^>]*name=\"(upload-form:file[^\"]*)\"");
    private static final Pattern NAV_TOKENS = Pattern.compile("<a[^>]*id=\"nav-tokens\"[^>]*href=\"[^\"]*jakarta\\.faces\\.Token=([^\"&]+)\"");
    private static final Pattern PROTECTED_VIEWS = Pattern.compile("<protected-views>(.*?)</protected-views>", Pattern.DOTALL);
    private static final Pattern URL_PATTERN = Pattern.compile("<url-pattern>\\s*([^<\\s]+)\\s*</url-pattern>");
    private static final Pattern HTML_LANG_EN = Pattern.compile("<html[^>]*\\slang=\"en\"");
    private static final List<String> MALFORMED_LANGUAGES = List.of(";;;q=x", "en;q=x", ",,,", "*;q=abc;;");

    @TestServer.Base
    URL base;

    // ------------------------------------------------------------------ jakarta.faces.ViewState on a GET

    @Test
    void aViewStateParameterOnAGetOfAPublicPageIsIgnored() {
        WebClient member = WebClient.signedIn(base, "hrnk-contributor");
        for (String page : publicPages()) {
            for (String value : List.of("1", "x", "-1:-1")) {
                String path = page + (page.contains("?") ? "&" : "?") + "jakarta.faces.ViewState=" + value;
                // an anonymous reader is sent to the page's canonical address, without it, and answered there
                HttpResponse<String> anonymous = Http.get(base, path, "text/html");
                assertEquals(301, anonymous.statusCode(), "sent to the page: " + path);
                String canonical = anonymous.headers().firstValue("Location").orElseThrow();
                assertFalse(canonical.contains("ViewState"), path + " -> " + canonical);
                HttpResponse<String> answered = Http.get(base, canonical, "text/html");
                assertEquals(200, answered.statusCode(), "answered as the page: " + canonical);
                assertTrue(answered.body().contains("<h1"), canonical + ": " + answered.body());
                // with a session too, in which Faces keeps its view states
                assertEquals(200, member.get(path).statusCode(), "for a member: " + path);
            }
        }
    }

    @Test
    void aFormPostedWithAViewStateTheServerDoesNotHoldAnswers400WithThePageExpiredMessage() {
        WebClient member = WebClient.signedIn(base, "hrnk-contributor");
        String page = member.get("index.xhtml").body();
        for (String forged : List.of("1", "-1:-1", "x".repeat(40))) {
            for (WebClient who : List.of(member, new WebClient(base))) {
                HttpResponse<String> answer = who.request("POST", "index.xhtml", "application/x-www-form-urlencoded",
                        "sign-out-form=sign-out-form&sign-out-form%3Asign-out=x&jakarta.faces.ViewState=" + forged, java.util.Map.of());
                assertEquals(400, answer.statusCode(), forged + ": " + answer.body());
                assertTrue(answer.body().contains("Your page had expired"), answer.body());
            }
        }
        assertTrue(page.contains("sign-out-form"), "the form posted exists: the checks above can fail");
        assertEquals(200, member.get("api/v1/account").statusCode(), "a forged post changed nothing: still signed in");
    }

    // ------------------------------------------------------------------ protected views

    @Test
    void aProtectedViewOpenedWithoutItsTokenAnswers403AndTheTokenNeverReachesTheLog() throws IOException {
        Path log = Path.of(System.getProperty("kb.it.server.log", "target/it-server.log"));
        boolean logReadable = System.getProperty("kb.it.url", "").isBlank() && Files.isRegularFile(log);
        long logStart = logReadable ? Files.size(log) : 0;
        List<String> views = protectedViews();
        assertTrue(views.contains("account/tokens.xhtml"), "the protected views: " + views);

        for (String view : views) {
            HttpResponse<String> anonymous = new WebClient(base).get(view);
            assertEquals(302, anonymous.statusCode(), "the anonymous are sent to sign in: " + view);
            assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"), view);
        }

        WebClient admin = WebClient.signedIn(base, "hrnk-admin");
        Matcher link = NAV_TOKENS.matcher(admin.get("index.xhtml").body());
        assertTrue(link.find(), "the menu's link carries the session's token");
        String token = link.group(1); // URL-encoded, as Faces keeps it
        String plainToken = URLDecoder.decode(token, StandardCharsets.UTF_8);
        for (String view : views) {
            for (String query : List.of("", "?jakarta.faces.Token=", "?jakarta.faces.Token=it-" + UUID.randomUUID(),
                    "?jakarta.faces.Token=" + token.substring(1), "?jakarta.faces.ViewState=1")) {
                HttpResponse<String> refused = admin.get(view + query);
                assertEquals(403, refused.statusCode(), view + query + ": " + refused.body());
                assertTrue(refused.body().contains("id=\"protected-tokens\""), "offers the way in: " + refused.body());
            }
            assertEquals(200, admin.get(view + "?jakarta.faces.Token=" + token).statusCode(), "with its token: " + view);
        }
        // with its token, but from another site's page: Faces refuses it itself, and says so in the log
        String otherSite = "http://hostile-requests-it.invalid/" + UUID.randomUUID();
        HttpResponse<String> fromElsewhere = send(HttpRequest.newBuilder(uri(views.get(0) + "?jakarta.faces.Token=" + token))
                .header("Referer", otherSite).header("Cookie", "JSESSIONID=" + admin.cookie("JSESSIONID").orElseThrow()).GET());
        assertEquals(403, fromElsewhere.statusCode(), fromElsewhere.body());

        assumeTrue(logReadable, "the server was started elsewhere (-Dkb.it.url): its log cannot be read here");
        String written = logSince(log, logStart, otherSite);
        assertFalse(written.contains(token) || written.contains(plainToken), "the session's protected-view token is in " + log);
        assertFalse(written.contains("correctSecretKeyValue"), "a protected-view token is in " + log);
    }

    // ------------------------------------------------------------------ Accept-Language

    @Test
    void aMalformedAcceptLanguageIsReadAsEnglish() {
        WebClient contributor = WebClient.signedIn(base, "hrnk-contributor");
        String session = "JSESSIONID=" + contributor.cookie("JSESSIONID").orElseThrow();
        for (String language : MALFORMED_LANGUAGES) {
            for (String page : publicPages()) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html")
                        .header("Accept-Language", language).GET());
                assertEquals(200, answer.statusCode(), "[" + language + "] " + page + ": " + answer.body());
                assertTrue(HTML_LANG_EN.matcher(answer.body()).find(), "[" + language + "] " + page + " in English");
            }
            HttpResponse<String> memberPage = send(HttpRequest.newBuilder(uri("contribute/source-import.xhtml"))
                    .header("Accept-Language", language).header("Cookie", session).GET());
            assertEquals(200, memberPage.statusCode(), "[" + language + "] " + memberPage.body());

            // the API's refusals are written in the caller's language: here, English
            HttpResponse<String> refusal = send(HttpRequest.newBuilder(uri("api/v1/search?q="))
                    .header("Accept", "application/json").header("Accept-Language", language).GET());
            assertEquals(400, refusal.statusCode(), "[" + language + "] " + refusal.body());
            assertProblem(refusal);
            assertEquals("Type at least one word or number to search for.", Http.json(refusal).getString("detail"));
        }
    }

    // ------------------------------------------------------------------ bibliographies nested too deep

    @Test
    void bibliographiesNestedTooDeepAreRefusedWith400AndWriteNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "HostileRequestsIT " + run + " fine record";
        String token = new Contributions(base).token("hrnk-contributor");
        String fineBib = fineBibTeX(run, title);
        String fineJson = "{\"id\": \"fine-" + run + "\", \"type\": \"report\", \"title\": \"" + title
                + "\", \"publisher\": \"Field team\", \"issued\": {\"date-parts\": [[2024]]}}";
        Map<String, String[]> files = new LinkedHashMap<>();
        files.put("braces", new String[]{"application/x-bibtex", deepBibTeX(run, title), "Record deep-" + run + ", line 8:"});
        files.put("arrays", new String[]{"application/vnd.citationstyles.csl+json",
                "[\n" + fineJson + ",\n{\"id\": \"deep\", \"title\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}\n]",
                "Record #2, line 3:"});
        files.put("objects", new String[]{"application/json",
                "[\n" + fineJson + ",\n{\"id\": \"deep\", \"note\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000) + "}\n]",
                "Record #2, line 3:"});
        for (Map.Entry<String, String[]> file : files.entrySet()) {
            String[] f = file.getValue();
            for (boolean dryRun : List.of(true, false)) {
                HttpResponse<String> refused = importFile(token, f[0], f[1], dryRun, null);
                String what = file.getKey() + ", dryRun=" + dryRun + ": " + refused.body();
                assertEquals(400, refused.statusCode(), what);
                assertProblem(refused);
                String detail = Http.json(refused).getString("detail");
                assertTrue(detail.startsWith(f[2]) && detail.contains("more than 64"), what);
            }
        }
        // in the caller's language
        String korean = Http.json(importFile(token, "application/x-bibtex", deepBibTeX(run, title), true, "ko")).getString("detail");
        assertTrue(korean.startsWith("레코드 deep-" + run + ", 8행:"), korean);
        String english = Http.json(importFile(token, "application/x-bibtex", deepBibTeX(run, title), false, ";;;q=x")).getString("detail");
        assertTrue(english.startsWith("Record deep-" + run + ", line 8:"), english);

        assertEquals(0, sourcesTitled(token, run).size(), "the fine records of the refused files were not written");
        HttpResponse<String> alone = importFile(token, "application/x-bibtex", fineBib, false, null);
        assertEquals(200, alone.statusCode(), alone.body());
        assertEquals(1, Http.json(alone).getInt("created"));
        assertEquals(1, sourcesTitled(token, run).size(), "the fine record alone is written, once");
    }

    @Test
    void bibliographiesOverTwoMegabytesOrFiveHundredRecordsAreRefusedWith413AndWriteNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String token = new Contributions(base).token("hrnk-contributor");
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            records.append(fineBibTeX(run + "-" + i, "HostileRequestsIT " + run + " record " + i));
        }
        String large = fineBibTeX(run, "HostileRequestsIT " + run + " large") + "%" + "x".repeat(2 * 1024 * 1024) + "\n";
        for (boolean dryRun : List.of(true, false)) {
            HttpResponse<String> tooMany = importFile(token, "application/x-bibtex", records.toString(), dryRun, null);
            assertEquals(413, tooMany.statusCode(), tooMany.body());
            assertProblem(tooMany);
            assertTrue(Http.json(tooMany).getString("detail").contains("holds 501 records; the limit is 500"), tooMany.body());
            HttpResponse<String> tooLarge = importFile(token, "application/x-bibtex", large, dryRun, "ko");
            assertEquals(413, tooLarge.statusCode(), tooLarge.body());
            assertProblem(tooLarge);
            assertTrue(Http.json(tooLarge).getString("detail").contains("2MB"), tooLarge.body());
        }
        assertEquals(0, sourcesTitled(token, run).size(), "nothing of the refused files was written");
        String fiveHundred = records.substring(0, records.indexOf("@techreport{fine-" + run + "-500,"));
        HttpResponse<String> preview = importFile(token, "application/x-bibtex", fiveHundred, true, null);
        assertEquals(200, preview.statusCode(), "500 records are read: " + preview.body());
        assertEquals(500, Http.json(preview).getInt("importable"));
    }

    @Test
    void theImportPageShowsTheRefusalOfADeepFile() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        WebClient contributor = WebClient.signedIn(base, "hrnk-contributor");
        HttpResponse<String> page = contributor.get("contribute/source-import.xhtml");
        assertEquals(200, page.statusCode(), page.body());

        HttpResponse<String> read = upload(contributor, page.body(), "deep-" + run + ".bib",
                deepBibTeX(run, "HostileRequestsIT " + run + " page record"));
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("Record deep-" + run + ", line 8: braces are nested more than 64 levels deep"), read.body());
        assertFalse(read.body().contains("id=\"preview-form\""), "no preview of a refused file");
        assertTrue(sourcesTitled(new Contributions(base).token("hrnk-contributor"), run).isEmpty());
    }

    // ------------------------------------------------------------------ requests the container cannot serve (FuzzIT)

    @Test
    void aMethodNothingHereAnswersIs405WithAProblemDocument() {
        for (String path : List.of("index.xhtml", "measures/nk-population", "no-such-page", "resources/css/readers.css", "health",
                "api/v1/measures")) {
            for (String method : List.of("PROPFIND", "FOO", "MKCOL")) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
                assertEquals(405, answer.statusCode(), method + " " + path + ": " + answer.body());
                assertProblem(answer);
                assertEquals("The method " + method + " is not one this address answers; nothing was read or changed.",
                        Http.json(answer).getString("detail"));
            }
            if (!path.startsWith("api/")) { // outside the API, pages and files answer GET, HEAD, POST and OPTIONS only
                for (String method : List.of("PUT", "PATCH", "DELETE")) {
                    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
                    assertEquals(405, answer.statusCode(), method + " " + path + ": " + answer.body());
                    assertEquals("GET, HEAD, POST, OPTIONS", answer.headers().firstValue("Allow").orElse(null), method + " " + path);
                }
            }
        }
        HttpResponse<String> korean = send(HttpRequest.newBuilder(uri("index.xhtml")).header("Accept-Language", "ko")
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()));
        assertEquals("PROPFIND 메서드는 이 주소에서 받지 않습니다. 아무것도 읽거나 바꾸지 않았습니다.", Http.json(korean).getString("detail"));
        assertEquals(200, Http.get(base, "index.xhtml", "text/html").statusCode(), "GET is served as before");
    }

    @Test
    void aMultipartBodyWithoutABoundaryOrCutShortIs400() {
        WebClient contributor = WebClient.signedIn(base, "hrnk-contributor");
        String session = "JSESSIONID=" + contributor.cookie("JSESSIONID").orElseThrow();
        String cutShort = "--fuzz\r\nContent-Disposition: form-data; name=\"upload-form\"\r\n\r\nupload-form";
        for (String path : List.of("index.xhtml", "login.xhtml", "contribute/source-import.xhtml")) {
            for (String[] body : List.of(new String[]{"multipart/form-data", "x"}, new String[]{"multipart/form-data; boundary=", "x"},
                    new String[]{"multipart/form-data; boundary=fuzz", cutShort})) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", body[0])
                        .header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString(body[1])));
                assertEquals(400, answer.statusCode(), path + " [" + body[0] + "]: " + answer.body());
                assertProblem(answer);
                assertTrue(Http.json(answer).getString("detail").startsWith("The form or the uploaded files could not be read"),
                        answer.body());
            }
        }
        assertEquals(200, contributor.get("api/v1/account").statusCode(), "still signed in");
    }

    @Test
    void aFormOrAnUploadOverTheLimitsIs413() {
        String form = "a=" + "x".repeat(2_200_000);
        for (String path : List.of("login.xhtml", "index.xhtml", "api/v1/sources", "no-such-page")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept-Language", "ko").POST(HttpRequest.BodyPublishers.ofString(form)));
            assertEquals(413, answer.statusCode(), path + ": " + answer.body());
            assertProblem(answer);
            assertTrue(Http.json(answer).getString("detail").startsWith("양식이나 올린 파일이 서버가 받을 수 있는 크기보다 커서"), answer.body());
        }
        WebClient contributor = WebClient.signedIn(base, "hrnk-contributor");
        String boundary = "fuzz" + UUID.randomUUID();
        byte[] upload = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + "x".repeat(33_000_000) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("contribute/source-import.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "JSESSIONID=" + contributor.cookie("JSESSIONID").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload)));
        assertEquals(413, answer.statusCode(), answer.body());
        assertProblem(answer);
    }

    @Test
    void aDateHeaderThatIsNoDateIsIgnoredAndAResourceOfNoNameIsMissing() {
        for (String path : List.of("jakarta.faces.resource/components.css.xhtml?ln=primefaces", "index.xhtml",
                "resources/css/readers.css", "api/v1/measures")) {
            for (String header : List.of("If-Modified-Since", "If-Unmodified-Since")) {
                for (String value : List.of("0", "garbage", "Mon, 32 Foo 2024 99:99:99 GMT")) {
                    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).header(header, value).GET());
                    assertEquals(200, answer.statusCode(), header + ": " + value + " on " + path + ": " + answer.body());
                }
            }
        }
        for (String path : List.of("jakarta.faces.resource/.xhtml", "jakarta.faces.resource/.xhtml?ln=%25%25",
                "jakarta.faces.resource//.xhtml?ln=primefaces")) {
            assertEquals(404, Http.get(base, path, "text/html").statusCode(), path);
        }
    }

    @Test
    void aClaimsFileOfTooManyColumnsOrBadRowsIsAnsweredBriefly() {
        Contributions members = new Contributions(base);
        // a header row of 82,002 cells: one problem, where there was one per cell (52 MB)
        String columns = "[1," + "1,".repeat(82_000) + "1]\n";
        StringBuilder rows = new StringBuilder("statement,language,measure\n");
        for (int i = 0; i < 300; i++) {
            rows.append("HostileRequestsIT row ").append(i).append(",en,no-such-measure-").append(UUID.randomUUID()).append('\n');
        }
        for (boolean dryRun : List.of(true, false)) {
            JsonObject wide = members.importClaims("hrnk-contributor", "wide.csv", columns, dryRun, "en");
            assertTrue(wide.toString().length() < 5_000, wide.toString().length() + " characters");
            JsonObject wideResult = wide.getJsonObject("result");
            assertEquals("INVALID", wideResult.getString("outcome"), wide.toString());
            assertEquals(1, wideResult.getJsonArray("errors").size(), wide.toString());
            assertTrue(wide.toString().contains("has 82,002 columns; the import knows"), wide.toString());

            JsonObject bad = members.importClaims("hrnk-contributor", "bad-rows.csv", rows.toString(), dryRun, "en");
            JsonObject badResult = bad.getJsonObject("result");
            assertEquals("INVALID", badResult.getString("outcome"), bad.toString());
            var errors = badResult.getJsonArray("errors");
            assertEquals(101, errors.size(), "100 problems and the one saying the rest were not checked");
            assertEquals("The rows up to row 101 have 100 problems, listed here; the rows after it were not checked. Fix these, then "
                    + "send the file again.", errors.getJsonObject(100).getString("message"));
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Public pages of every kind a reader opens: home, a measure, a claim, search, sources, by page and permalink. */
    private List<String> publicPages() {
        HttpResponse<String> measures = Http.get(base, "api/v1/measures?limit=500");
        assertEquals(200, measures.statusCode());
        JsonObject population = Http.json(measures).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("slug").equals("nk-population")).findFirst().orElseThrow();
        HttpResponse<String> measure = Http.get(base, "api/v1/measures/" + population.getJsonNumber("id").longValue());
        assertEquals(200, measure.statusCode());
        long claim = Http.json(measure).getJsonArray("claims").getJsonObject(0).getJsonNumber("id").longValue();
        return List.of("", "index.xhtml", "measures/nk-population", "measure.xhtml?slug=nk-population",
                "claims/" + claim, "claim.xhtml?id=" + claim, "search.xhtml?q=prison", "sources.xhtml");
    }

    /** The protected views of the WAR under test (its faces-config), or of the sources when it is not at hand. */
    private static List<String> protectedViews() throws IOException {
        String config;
        String war = System.getProperty("kb.it.war", "");
        if (!war.isBlank() && Files.isRegularFile(Path.of(war))) {
            try (ZipFile zip = new ZipFile(war)) {
                ZipEntry entry = zip.getEntry("WEB-INF/faces-config.xml");
                try (InputStream in = zip.getInputStream(entry)) {
                    config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } else {
            config = Files.readString(Path.of("../kb-web/src/main/webapp/WEB-INF/faces-config.xml"));
        }
        Matcher section = PROTECTED_VIEWS.matcher(config);
        assertTrue(section.find(), "faces-config declares protected views");
        List<String> views = new ArrayList<>();
        Matcher pattern = URL_PATTERN.matcher(section.group(1));
        while (pattern.find()) {
            views.add(pattern.group(1).substring(1));
        }
        return views;
    }

    /** What the server wrote to its log from {@code offset} on, once it has written {@code marker} (10 s at most). */
    private static String logSince(Path log, long offset, String marker) throws IOException {
        String written = "";
        for (int i = 0; i < 40; i++) {
            byte[] all = Files.readAllBytes(log);
            written = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
            if (written.contains(marker)) {
                break;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return written;
    }

    private static String fineBibTeX(String run, String title) {
        return "@techreport{fine-" + run + ",\n  title = {" + title + "},\n  institution = {Field team},\n"
                + "  year = {2024},\n}\n";
    }

    /** A fine record, then one whose title nests 50,000 braces (on line 8). */
    private static String deepBibTeX(String run, String title) {
        return fineBibTeX(run, title) + "\n@article{deep-" + run + ",\n  title = " + "{".repeat(50_000) + "x"
                + "}".repeat(50_000) + ",\n  year = {2024},\n}\n";
    }

    private HttpResponse<String> importFile(String token, String contentType, String body, boolean dryRun, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("api/v1/sources/imports?dryRun=" + dryRun))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request);
    }

    /** The sources the contributor may see whose title holds {@code text} (read from the database, not the index). */
    private List<JsonObject> sourcesTitled(String token, String text) {
        HttpResponse<String> found = send(HttpRequest.newBuilder(uri("api/v1/sources/suggestions?limit=50&q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET());
        assertEquals(200, found.statusCode(), found.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(found.body())).readArray().getValuesAs(JsonObject.class);
    }

    /** Sends the import page's upload form with this file, as a browser does (multipart). */
    private HttpResponse<String> upload(WebClient browser, String page, String fileName, String content) {
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "the page has a view state");
        String boundary = "----hostile" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload-form", "upload-form");
        fields.put("upload-form:confidentiality", "PUBLIC");
        fields.put("upload-form:read", "");
        fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileInput(page) + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/x-bibtex\r\n\r\n" + content + "\r\n");
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri("contribute/source-import.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The name of the page's file input (PrimeFaces names it after the component, with a suffix of its own). */
    private static String fileInput(String page) {
        Matcher input = FILE_INPUT.matcher(page);
        assertTrue(input.find(), "the page has a file input");
        return input.group(1);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> answer) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        assertEquals(answer.statusCode(), Http.json(answer).getInt("status"));
    }

    private URI uri(String path) {
        try {
            return base.toURI().resolve(path);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
