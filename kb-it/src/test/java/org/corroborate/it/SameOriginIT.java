package org.corroborate.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every answer tells the browser (no sniffing, no framing by other sites, no referrer beyond the origin), and
 * that a page on another site cannot make a signed-in member's browser change anything, while scripts with a
 * personal API token work as before.
 */
@ExtendWith(TestServer.class)
class SameOriginIT {

    private static final String EVIL = "http://evil.example";

    @TestServer.Base
    URL base;

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String home = Http.page(base, "");
        Matcher resource = Pattern.compile("(jakarta\\.faces\\.resource/[^\"]+)\"").matcher(home);
        assertTrue(resource.find(), "the home page links a Faces resource");
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("home page", Http.get(base, "", "text/html"));
        answers.put("measure page", Http.get(base, "measures/nk-population", "text/html"));
        answers.put("measure page, kept", Http.get(base, "measures/nk-population", "text/html"));
        answers.put("sign-in page", Http.get(base, "login.xhtml", "text/html"));
        answers.put("API", Http.get(base, "api/v1/measures?limit=1"));
        answers.put("API 404", Http.get(base, "api/v1/claims/987654321987"));
        answers.put("page 404", Http.get(base, "no-such-page-" + UUID.randomUUID(), "text/html"));
        answers.put("a Faces resource", Http.get(base, resource.group(1).replace("&amp;", "&"), "*/*"));
        answers.forEach((what, answer) -> {
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), what);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), what);
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), what);
            assertEquals("strict-origin-when-cross-origin", answer.headers().firstValue("Referrer-Policy").orElse(null), what);
        });
    }

    @Test
    void aSignedInBrowserCannotBeMadeToChangeAnythingFromAnotherSite() {
        WebClient member = WebClient.signedIn(base, "link-contributor");
        String title = "Cross-site source " + UUID.randomUUID();
        String source = "{\"holder\":\"link\",\"kind\":\"REPORT\",\"title\":\"" + title + "\",\"authors\":[],\"issued\":\"2024\","
                + "\"language\":\"en\",\"confidentiality\":\"PUBLIC\",\"relays\":[]}";
        for (Map<String, String> from : List.of(Map.of("Origin", EVIL), Map.of("Referer", EVIL + "/trap.html"), Map.of("Origin", "null"))) {
            HttpResponse<String> refused = member.request("POST", "api/v1/sources", "application/json", source, from);
            assertEquals(403, refused.statusCode(), from + ": " + refused.body());
            assertTrue(refused.body().contains("another site"), refused.body());

            String page = member.get("index.xhtml").body();
            HttpResponse<String> signOut = member.post("index.xhtml", "sign-out-form", page,
                    Map.of("sign-out-form:sign-out", "x"), from);
            assertEquals(403, signOut.statusCode(), from + ": " + signOut.body());
            assertEquals(200, member.get("api/v1/account").statusCode(), "still signed in after " + from);
        }
        assertTrue(new Contributions(base).call("GET", "api/v1/sources/suggestions?q=" + title.replace(" ", "%20"),
                "link-contributor", null, null).body().equals("[]"), "no refused write reached the database");

        // from this site's own pages, the same actions work
        HttpResponse<String> created = member.request("POST", "api/v1/sources", "application/json", source, Map.of("Origin", origin()));
        assertEquals(201, created.statusCode(), created.body());
        String page = member.get("index.xhtml").body();
        HttpResponse<String> signOut = member.post("index.xhtml", "sign-out-form", page, Map.of("sign-out-form:sign-out", "x"),
                Map.of("Origin", origin(), "Referer", origin() + "/index.xhtml"));
        assertEquals(302, signOut.statusCode(), signOut.body());
        assertEquals(403, member.get("api/v1/account").statusCode(), "signed out");
    }

    @Test
    void scriptsWithAnApiTokenAreNotAffected() {
        String title = "Scripted source " + UUID.randomUUID();
        String source = "{\"holder\":\"link\",\"kind\":\"REPORT\",\"title\":\"" + title + "\",\"authors\":[],\"issued\":\"2024\","
                + "\"language\":\"en\",\"confidentiality\":\"PUBLIC\",\"relays\":[]}";
        WebClient script = new WebClient(base);
        script.setCookie("tracking", "something-a-proxy-added");
        HttpResponse<String> created = script.request("POST", "api/v1/sources", "application/json", source,
                Map.of("Origin", EVIL, "Authorization", "Bearer " + new Contributions(base).token("link-contributor")));
        assertEquals(201, created.statusCode(), created.body());
    }
}
