package org.corroborate.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing hidden can be inferred: a draft claim, a submitted one and a members-only source answer every anonymous
 * request exactly as an id that never existed does (status, headers, body, with or without conditional headers),
 * and writing a hidden draft, or editing a source held in confidence, moves no validator of the public entries it
 * touches.
 */
@ExtendWith(TestServer.class)
class HiddenEntriesIT {

    /** Headers that differ between any two answers, hidden or not. */
    private static final Set<String> VARYING = Set.of("date", "content-length", "set-cookie");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @TestServer.Base
    URL base;

    @Test
    void aHiddenEntryAnswersExactlyAsAMissingOne() {
        Contributions members = new Contributions(base);
        long publicSource = members.source("hrnk-contributor", "hrnk", "Hidden entries survey " + UUID.randomUUID(), "PUBLIC", null);
        String measure = members.measure("hrnk-contributor", "hrnk", "Detainees counted by a hidden survey");
        long draft = members.draft("hrnk-contributor", "hrnk", measure, "A draft nobody may infer.", publicSource, null);
        long submitted = members.draft("hrnk-contributor", "hrnk", measure, "A claim under review.", publicSource, null);
        members.submit("hrnk-contributor", submitted);
        long membersOnly = members.source("heritage-contributor", "heritage", "Members-only notes " + UUID.randomUUID(),
                "MEMBERS_ONLY", null);
        String since = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(5));

        for (long hidden : List.of(draft, submitted)) {
            long missing = missingId(hidden);
            for (String path : List.of("claims/%d", "claims/%d?lang=ko", "claim.xhtml?id=%d", "api/v1/claims/%d",
                    "api/v1/claims/%d/comparisons", "api/v1/claims/%d/comments")) {
                for (Map<String, String> conditional : List.of(Map.<String, String>of(), Map.of("If-Modified-Since", since),
                        Map.of("If-None-Match", "*"))) {
                    assertAlike(path, hidden, missing, conditional);
                }
            }
        }
        long missing = missingId(membersOnly);
        for (String path : List.of("sources/%d", "source.xhtml?id=%d", "api/v1/sources/%d", "api/v1/sources/%d/claims",
                "api/v1/sources/%d/text", "api/v1/sources/%d/figures")) {
            for (Map<String, String> conditional : List.of(Map.<String, String>of(), Map.of("If-Modified-Since", since))) {
                assertAlike(path, membersOnly, missing, conditional);
            }
        }
        // a member of another organization asking for a draft's comments learns no more than of a missing claim
        String heritage = members.token("heritage-contributor");
        HttpResponse<String> hiddenComments = send("api/v1/claims/" + draft + "/comments", Map.of("Authorization", "Bearer " + heritage));
        HttpResponse<String> missingComments = send("api/v1/claims/" + missingId(draft) + "/comments", Map.of("Authorization", "Bearer " + heritage));
        assertEquals(missingComments.statusCode(), hiddenComments.statusCode(), hiddenComments.body());
        assertEquals(withoutId(missingComments.body(), missingId(draft)), withoutId(hiddenComments.body(), draft));
    }

    @Test
    void aHiddenDraftMovesNoValidatorOfThePublicEntriesItTouches() throws InterruptedException {
        Contributions members = new Contributions(base);
        long source = members.source("hrnk-contributor", "hrnk", "Validator survey " + UUID.randomUUID(), "PUBLIC", null);
        String measure = members.measure("hrnk-contributor", "hrnk", "Detainees whose page must not move");
        long shown = members.draft("hrnk-contributor", "hrnk", measure, "The public figure.", source, null);
        members.verify("heritage-editor", shown, members.submit("hrnk-contributor", shown));
        List<String> pages = List.of("measures/" + measure, "sources/" + source, "claims/" + shown, "",
                "api/v1/measures/" + measure + "/comparisons", "api/v1/sources/" + source + "/claims");
        Thread.sleep(2_100); // a Last-Modified is sent once its second has passed, and counts whole seconds
        Map<String, String> before = validators(pages);

        long draft = members.draft("hrnk-contributor", "hrnk", measure, "A hidden draft on the same measure.", source, null);
        members.submit("hrnk-contributor", members.draft("hrnk-contributor", "hrnk", measure, "A hidden submission.", source, null));
        assertTrue(members.claim("hrnk-contributor", draft).getString("status").equals("DRAFT"), "the checks below can fail");
        Thread.sleep(2_100); // a move would have a later second

        assertEquals(before, validators(pages), "no public validator moved");
    }

    @Test
    void editingASourceHeldInConfidenceMovesNoPublicValidator() throws InterruptedException {
        Contributions members = new Contributions(base);
        long heldInConfidence = members.source("heritage-contributor", "heritage", "Notes held in confidence " + UUID.randomUUID(),
                "HOLDER_ONLY", null);
        long membersOnly = members.source("heritage-contributor", "heritage", "Notes for members " + UUID.randomUUID(),
                "MEMBERS_ONLY", null);
        String measure = members.measure("heritage-contributor", "heritage", "Detainees counted from confidential notes");
        long stubbed = members.draft("heritage-contributor", "heritage", measure, "Counted from notes held in confidence.",
                heldInConfidence, null);
        members.verify("hrnk-editor", stubbed, members.submit("heritage-contributor", stubbed));
        long unseen = members.draft("heritage-contributor", "heritage", measure, "Counted from notes for members.",
                membersOnly, null);
        members.verify("hrnk-editor", unseen, members.submit("heritage-contributor", unseen));
        List<String> pages = List.of("measures/" + measure, "claims/" + stubbed, "claims/" + unseen,
                "sources/" + heldInConfidence, "api/v1/sources/" + heldInConfidence, "api/v1/claims/" + stubbed,
                "api/v1/claims/" + unseen, "api/v1/measures/" + measure + "/comparisons", "");
        Thread.sleep(2_100); // a Last-Modified is sent once its second has passed, and counts whole seconds
        Map<String, String> before = validators(pages);

        String renamed = "Renamed notes " + UUID.randomUUID();
        members.editSource("heritage-contributor", heldInConfidence, "heritage", renamed, "HOLDER_ONLY", "a new note");
        members.editSource("heritage-contributor", membersOnly, "heritage", "Renamed " + renamed, "MEMBERS_ONLY", "a new note");
        assertTrue(members.call("GET", "api/v1/sources/" + heldInConfidence, "heritage-contributor", null, null).body()
                .contains(renamed), "the edit was saved, so the checks below can fail");
        Thread.sleep(2_100); // a move would have a later second

        assertEquals(before, validators(pages), "no public validator moved");

        // what the public does see of the source moves them: its stub becomes the whole source
        members.editSource("heritage-contributor", heldInConfidence, "heritage", renamed, "PUBLIC", "a new note");
        Thread.sleep(2_100);
        Map<String, String> after = validators(pages);
        for (String shown : List.of("sources/" + heldInConfidence, "claims/" + stubbed, "measures/" + measure)) {
            assertFalse(before.get(shown).equals(after.get(shown)), shown + " shows the source, whole now");
        }
    }

    /** Each page's ETag and Last-Modified, as an anonymous reader gets them. */
    private Map<String, String> validators(List<String> paths) {
        Map<String, String> found = new TreeMap<>();
        for (String path : paths) {
            HttpResponse<String> answer = send(path, Map.of());
            assertEquals(200, answer.statusCode(), path);
            found.put(path, answer.headers().firstValue("ETag").orElse("no ETag") + " "
                    + answer.headers().firstValue("Last-Modified").orElse("no Last-Modified"));
        }
        return found;
    }

    /** An id that names nothing: far beyond the ids a run creates. */
    private static long missingId(long id) {
        return 987_654_321L;
    }

    /** The text with this id, where it stands as a number of its own, written as {id}. */
    private static String withoutId(String text, long id) {
        return text.replaceAll("(?<![0-9,])(" + id + "|" + String.format(java.util.Locale.ENGLISH, "%,d", id).replace(",", "\\,")
                + ")(?![0-9,])", "{id}");
    }

    private void assertAlike(String template, long hidden, long missing, Map<String, String> headers) {
        HttpResponse<String> a = send(String.format(template, hidden), headers);
        HttpResponse<String> b = send(String.format(template, missing), headers);
        String what = String.format(template, hidden) + " " + headers;
        assertFalse(a.statusCode() < 300 || a.statusCode() == 304, what + " answered " + a.statusCode());
        assertEquals(b.statusCode(), a.statusCode(), what);
        assertEquals(comparable(b, missing), comparable(a, hidden), what);
        assertEquals(withoutNonce(b, withoutId(b.body(), missing)), withoutNonce(a, withoutId(a.body(), hidden)), what);
    }

    /**
     * The text with the answer's script nonce written as {nonce}: a page's scripts carry a random nonce of their own
     * (its Content-Security-Policy names it), which tells nothing of what was asked for.
     */
    private static String withoutNonce(HttpResponse<String> answer, String text) {
        Matcher nonce = NONCE.matcher(String.join(", ", answer.headers().allValues("Content-Security-Policy")));
        return nonce.find() ? text.replace(nonce.group(1), "{nonce}") : text;
    }

    private static Map<String, String> comparable(HttpResponse<String> answer, long id) {
        Map<String, String> headers = new TreeMap<>();
        answer.headers().map().forEach((name, values) -> {
            String key = name.toLowerCase();
            if (!VARYING.contains(key)) {
                headers.put(key, withoutNonce(answer, withoutId(String.join(", ", values), id)));
            } else if (key.equals("set-cookie")) {
                headers.put(key, values.stream().map(v -> v.split("=", 2)[0]).sorted().toList().toString());
            }
        });
        return headers;
    }

    private HttpResponse<String> send(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", path.startsWith("api/") ? "application/json" : "text/html");
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
