package org.corroborate.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Public pages rendered ahead of readers: once asked, every public page of a single entry is rendered and kept in
 * English and Korean, and from then on a committed change has the pages it reaches rendered again, so that the next
 * reader is sent the new figure at once. The servers under test do not start it by themselves
 * ({@code KB_PAGES_WARM=false} in kb-it/pom.xml, so that the other ITs' servers are not busy rendering): a platform
 * admin asks for it, as an operator would after turning it on. Reads the progress from GET /api/v1/pages.
 *
 * <p>Where the pages are requested from never comes from a request's Host header (nor from X-Forwarded-Host): the
 * test that says so runs first, so that its requests are the first the server sees asking for every page, those an
 * address would be taken from if one were ever taken from a request.
 */
@ExtendWith(TestServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesRenderedAheadIT {

    private static final int LANGUAGES = 2;

    /** The platform admin's API token, created once for the class: an account holds at most 20. */
    private static String adminToken;

    @TestServer.Base
    URL base;

    @Test
    @Order(1)
    void theHostHeaderNeverSteersTheRequestsThatRenderPagesAhead() throws IOException {
        // the attacker: a server on this machine that counts the requests it is sent
        AtomicInteger attacked = new AtomicInteger();
        HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            attacked.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        attacker.start();
        try {
            // a public source no claim cites yet, listed before anything is rendered ahead; it changes after
            Contributions members = new Contributions(base);
            long source = members.source("hrnk-contributor", "hrnk", "HRNK survey, rendered at home", "PUBLIC", null);

            String host = "127.0.0.1:" + attacker.getAddress().getPort();
            // readers' requests, then the platform admin's, each saying it was sent to the attacker
            assertEquals(200, sendWithHost("GET", "/", host, null));
            assertEquals(200, sendWithHost("GET", "/api/v1/measures", host, null));
            assertEquals(202, sendWithHost("POST", "/api/v1/pages", host, adminToken()));
            JsonObject status = awaitRenderedAhead();
            assertTrue(status.getJsonNumber("done").longValue() > 0, "pages were rendered ahead: " + status);
            assertEquals(0, attacked.get(), "requests sent to the address a Host header named: " + status);
            assertEquals(0, status.getJsonNumber("failed").longValue(), "from the server's own listener: " + status);
            assertTrue(status.getJsonObject("kept").getInt("pages") > 0, "and kept: " + status);

            // a committed change (it reaches the source's page only) has it rendered again from there too
            members.attachText("hrnk-contributor", source, "Survey text: up to 120,000 workers abroad.");
            JsonObject after = awaitRenderedAhead();
            assertTrue(rendered(after) > rendered(status), "the change's pages were rendered again: " + after);
            assertEquals(0, after.getJsonNumber("failed").longValue(), after.toString());
            assertEquals(0, attacked.get(), "requests sent to the address a Host header named, after a change");
        } finally {
            attacker.stop(0);
        }
    }

    @Test
    void everyPublicPageIsKeptInBothLanguagesOnceAPlatformAdminAsks() {
        assertEquals(200, Http.get(base, "").statusCode(), "a reader opens the home page");
        JsonObject idle = Http.json(Http.get(base, "api/v1/pages"));
        assertFalse(idle.getBoolean("enabled"), "turned off for the ITs: " + idle);

        HttpResponse<String> anonymous = WebClient.api(base, "POST", "api/v1/pages", null, null, null);
        assertTrue(List.of(401, 403).contains(anonymous.statusCode()), anonymous.statusCode() + " " + anonymous.body());
        HttpResponse<String> member = new Contributions(base).call("POST", "api/v1/pages", "heritage-admin", null, null);
        assertEquals(403, member.statusCode(), member.body());
        assertTrue(Http.json(member).getString("detail").contains("platform admins"), member.body());

        askForEveryPage();
        JsonObject status = awaitRenderedAhead();

        JsonObject dump = Http.json(Http.get(base, "api/v1/exports/dump.json"));
        List<JsonObject> measures = dump.getJsonArray("measures").getValuesAs(JsonObject.class);
        long publicMeasures = measures.stream().filter(m -> !m.getJsonArray("claims").isEmpty()).count();
        long claims = measures.stream().mapToLong(m -> m.getJsonArray("claims").size()).sum();
        long sources = dump.getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                .filter(s -> !s.getBoolean("restricted")).count();
        long pages = (1 + publicMeasures + claims + sources) * LANGUAGES;

        assertEquals(0, status.getJsonNumber("failed").longValue(), status.toString());
        assertTrue(status.getJsonNumber("done").longValue() >= pages,
                "every public page of a single entry, in both languages (" + pages + "), was rendered: " + status);
        assertTrue(status.getJsonObject("kept").getInt("pages") >= pages, "and kept: " + status);
        assertTrue(status.getJsonObject("kept").getJsonNumber("bytes").longValue()
                        < status.getJsonObject("kept").getJsonNumber("budget").longValue(), status.toString());
    }

    @Test
    void aChangeHasThePagesItReachesRenderedAgainBeforeTheNextReaderComes() {
        // a measure of this test's own, public with a first verified claim before the pages are rendered ahead
        Contributions members = new Contributions(base);
        String measure = members.measure("hrnk-contributor", "hrnk", "North Koreans working abroad, page by page");
        long first = members.draft("hrnk-contributor", "hrnk", measure, "A first figure for the measure's page.",
                members.source("hrnk-contributor", "hrnk", "HRNK survey, first wave", "PUBLIC", null), null);
        members.verify("heritage-editor", first, members.submit("hrnk-contributor", first));
        askForEveryPage();
        long before = rendered(awaitRenderedAhead());
        String measurePage = Http.page(base, "measures/" + measure);

        String marker = "Pre-rendered " + UUID.randomUUID().toString().substring(0, 8);
        long source = members.source("hrnk-contributor", "hrnk", "HRNK survey " + marker, "PUBLIC", null);
        long claim = members.draft("hrnk-contributor", "hrnk", measure, marker + ": up to 120,000 workers abroad",
                source, null);
        assertFalse(Http.page(base, "measures/" + measure).contains(marker), "a draft is not public");
        members.verify("heritage-editor", claim, members.submit("hrnk-contributor", claim));

        // the measure page, the new claim's page and its source's page, and the pages of the claims it is compared with
        JsonObject after = awaitRenderedAhead();
        assertTrue(rendered(after) - before >= 3 * LANGUAGES, "rendered again, not found current: " + after);
        String renewed = Http.page(base, "measures/" + measure);
        assertTrue(renewed.contains(marker), "the measure page shows the new claim");
        assertFalse(renewed.equals(measurePage));
        assertTrue(Http.page(base, "claims/" + claim).contains(marker));
        assertTrue(Http.page(base, "sources/" + source).contains(marker));
    }

    /**
     * Sends a request to the server under test over a plain socket, with this Host header (java.net.http does not let
     * a client set one); returns the answer's status code.
     */
    private int sendWithHost(String method, String path, String host, String token) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            String request = method + " " + path + " HTTP/1.1\r\n"
                    + "Host: " + host + "\r\n"
                    + "X-Forwarded-Host: " + host + "\r\n"
                    + "Accept: application/json, text/html\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + ("POST".equals(method) ? "Content-Length: 0\r\n" : "")
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String statusLine = in.readLine(); // "HTTP/1.1 202 Accepted"
            if (statusLine == null) {
                throw new UncheckedIOException(new IOException("no answer to " + method + " " + path));
            }
            while (in.readLine() != null) {
                // the rest of the answer, until the server closes the connection
            }
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private void askForEveryPage() {
        HttpResponse<String> accepted = WebClient.api(base, "POST", "api/v1/pages", adminToken(), null, null);
        assertEquals(202, accepted.statusCode(), accepted.body());
    }

    private String adminToken() {
        if (adminToken == null) {
            adminToken = WebClient.apiToken(base, "admin", System.getProperty("kb.it.admin.password"));
        }
        return adminToken;
    }

    /** Pages rendered (not found current, not failed) since start-up. */
    private static long rendered(JsonObject status) {
        return status.getJsonNumber("done").longValue() - status.getJsonNumber("skipped").longValue()
                - status.getJsonNumber("failed").longValue();
    }

    /** Waits until rendering ahead has done every page asked for; returns its status. */
    private JsonObject awaitRenderedAhead() {
        long deadline = System.nanoTime() + 180_000_000_000L;
        JsonObject status = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = Http.get(base, "api/v1/pages");
            assertEquals(200, response.statusCode(), response.body());
            status = Http.json(response);
            long done = status.getJsonNumber("done").longValue();
            if (!status.getBoolean("running") && done > 0 && done >= status.getJsonNumber("expected").longValue()) {
                return status;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return fail("pages were still being rendered ahead after three minutes: " + status);
    }
}
