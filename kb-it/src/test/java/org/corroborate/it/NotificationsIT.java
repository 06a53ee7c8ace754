package org.corroborate.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Notifications reach the right members, in the app and through a real SMTP server (GreenMail, on the port the
 * suite's server was told, {@link TestServer#mailPort()}), and never reach someone who may not see what they are about.
 * One measure of this class's own: a contributor's claims on it are commented on and decided (its organization is
 * told), a new conflicting claim reaches the members watching it, a claim resting on a source held in confidence
 * reaches none of them in another organization, a reconciliation draft asks the editors of the other organizations
 * for approval, a dissent reaches the drafting and approving organizations. Notifications recorded while the mail
 * server is down are e-mailed once it is back; a member who chose the daily digest gets one e-mail when a platform
 * admin runs the delivery. The demo accounts' settings are put back afterwards.
 */
@ExtendWith(TestServer.class)
class NotificationsIT {

    private static final String CONTRIBUTOR = "heritage-contributor";
    private static final String OWN_EDITOR = "heritage-editor";
    private static final String REVIEWER = "hrnk-editor";
    private static final String WATCHER = "link-editor";
    private static final String DIGEST_WATCHER = "nauh-editor";
    private static final String DRAFTER = "tongil-mom-editor";
    private static final List<String> ACCOUNTS = List.of(CONTRIBUTOR, OWN_EDITOR, REVIEWER, WATCHER, DIGEST_WATCHER, DRAFTER);
    private static final long WAIT_MILLIS = 20_000;

    private static GreenMail smtp;
    /** This run's address of each account: a domain of its own, no user name in it. */
    private static final Map<String, String> ADDRESS = new LinkedHashMap<>();

    @TestServer.Base
    URL base;

    /**
     * Starts GreenMail on the port the suite's server e-mails to, once that server has started (the port is chosen
     * then, so not in a {@code @BeforeAll}, which runs before the server is asked for).
     */
    private static synchronized void startMailServer() {
        if (smtp != null) {
            return;
        }
        int port = TestServer.mailPort();
        assertTrue(port > 0, "the suite's server was given no mail port (with -Dkb.it.url, pass -Dkb.it.mail.port)");
        String domain = "nf-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            ADDRESS.put(ACCOUNTS.get(i), "member" + i + "@" + domain);
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void commentsDecisionsConflictsApprovalsAndDissentsReachTheRightMembersInTheAppAndByEmail() throws Exception {
        Contributions members = new Contributions(base);
        startMailServer();
        try {
            for (String account : ACCOUNTS) {
                settings(members, account, ADDRESS.get(account),
                        account.equals(DIGEST_WATCHER) ? "DIGEST" : "IMMEDIATE", account.equals(WATCHER) ? "ko" : "en");
            }
            String measure = members.shownMeasure(CONTRIBUTOR, "heritage", REVIEWER, "Workers abroad, told of by notifications");
            for (String watcher : List.of(WATCHER, DIGEST_WATCHER, OWN_EDITOR)) {
                JsonObject watching = ok(members.call("PUT", "api/v1/measures/" + measure + "/watch", watcher, null, null));
                assertTrue(watching.getBoolean("watching"));
            }
            assertEquals(404, members.call("PUT", "api/v1/measures/it-no-such-measure/watch", WATCHER, null, null).statusCode());
            assertTrue(List.of(401, 403).contains(members.call("PUT", "api/v1/measures/" + measure + "/watch", null, null, null)
                    .statusCode()), "the public watches nothing");

            // a new claim of 500,000 conflicts with the verified "up to 120,000": the watchers are told of both
            long source = members.source(CONTRIBUTOR, "heritage", "A public survey for " + measure, "PUBLIC", null);
            long conflicting = submitted(members, measure, "500,000 workers abroad, a survey says.", source, 500_000);
            Predicate<String> aboutConflict = t -> t.contains(Long.toString(conflicting)) && t.contains("conflict");
            awaitInbox(members, WATCHER, "NEW_CLAIM", conflicting);
            awaitInbox(members, WATCHER, "CONFLICT", conflicting);
            awaitInbox(members, OWN_EDITOR, "CONFLICT", conflicting);
            MimeMessage conflictMail = awaitMail(WATCHER, t -> t.contains(Long.toString(conflicting)) && t.contains("충돌"));
            assertTrue(text(conflictMail).contains("measures/" + measure), "the e-mail links to the measure: " + text(conflictMail));
            awaitMail(OWN_EDITOR, aboutConflict);

            // a claim resting on a source held in confidence by heritage: its own editor is told, no other watcher
            String secretTitle = "Defector interviews held in confidence " + UUID.randomUUID();
            long secretSource = members.source(CONTRIBUTOR, "heritage", secretTitle, "HOLDER_ONLY", null);
            long secret = submitted(members, measure, "600,000 workers abroad, by interviews held in confidence.", secretSource, 600_000);
            awaitInbox(members, OWN_EDITOR, "NEW_CLAIM", secret);
            awaitMail(OWN_EDITOR, t -> t.contains(Long.toString(secret)));

            // the mail server goes down: a comment and a decision are recorded all the same, and told in the app
            smtp.stop();
            String comment = Json.createObjectBuilder().add("field", "FIGURE").add("text", "Which survey year?").build().toString();
            assertEquals(201, members.call("POST", "api/v1/claims/" + conflicting + "/comments", REVIEWER,
                    "application/json", comment).statusCode());
            long version = members.claim(CONTRIBUTOR, conflicting).getJsonNumber("version").longValue();
            String decision = Json.createObjectBuilder().add("decision", "REQUEST_CHANGES")
                    .add("comments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("field", "PERIOD")
                            .add("text", "Give the year of the survey."))).build().toString();
            ok(members.call("POST", "api/v1/claims/" + conflicting + "/review", REVIEWER, "application/json", decision, version));
            JsonObject told = awaitInbox(members, CONTRIBUTOR, "DECISION", conflicting);
            assertTrue(told.getString("text").contains("Committee for Human Rights in North Korea")
                    || told.getString("text").contains("HRNK"), "names the reviewing organization: " + told);
            assertTrue(told.getString("text").contains("changes requested"), told.toString());
            awaitInbox(members, CONTRIBUTOR, "COMMENT", conflicting);
            // ... and e-mailed once it is back (a platform admin sends what is pending now, the digests with it)
            smtp = new GreenMail(new ServerSetup(TestServer.mailPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            deliverNow();
            MimeMessage decided = awaitMail(CONTRIBUTOR, t -> t.contains(Long.toString(conflicting)) && t.contains("changes requested"));
            awaitMail(CONTRIBUTOR, t -> t.contains(Long.toString(conflicting)) && t.contains("commented"));

            // the member who chose the digest got one e-mail, gathering what they were told, and nothing before it
            MimeMessage digest = awaitMail(DIGEST_WATCHER, t -> t.contains("new notifications"));
            assertTrue(text(digest).contains(Long.toString(conflicting)), text(digest));
            assertEquals(1, mailsTo(DIGEST_WATCHER).size(), "one digest, no immediate e-mail");

            // a reconciliation draft asks the editors of the other organizations for approval
            JsonObject opened = ok(members.call("GET", "api/v1/measures/" + measure + "/reconciliation/draft", DRAFTER, null, null));
            long candidate = opened.getJsonArray("candidates").getJsonObject(0).getJsonNumber("claimId").longValue();
            JsonObject saved = ok(members.call("PUT", "api/v1/measures/" + measure + "/reconciliation/draft", DRAFTER,
                    "application/json", draft(candidate), opened.getJsonNumber("version").longValue()));
            awaitInbox(members, REVIEWER, "APPROVAL_WANTED", null);
            awaitMail(REVIEWER, t -> t.contains("approve") && t.contains("review/reconcile.xhtml?measure=" + measure));
            assertTrue(inbox(members, DRAFTER).stream().noneMatch(n -> n.getString("kind").equals("APPROVAL_WANTED")
                    && measure.equals(n.getString("measure", null))), "the drafting organization is not asked");

            // approved by hrnk, published, then nauh dissents: the drafting and approving organizations are told
            JsonObject approved = ok(members.call("POST", "api/v1/measures/" + measure + "/reconciliation/approve", REVIEWER,
                    null, null, saved.getJsonNumber("version").longValue()));
            ok(members.call("POST", "api/v1/measures/" + measure + "/reconciliation/publish", DRAFTER, null, null,
                    approved.getJsonNumber("version").longValue()));
            ok(members.call("POST", "api/v1/measures/" + measure + "/reconciliation/versions/1/responses", DIGEST_WATCHER,
                    "application/json", Json.createObjectBuilder().add("stance", "DISSENT")
                            .add("comment", "The survey counts seasonal workers twice.").build().toString()));
            awaitInbox(members, DRAFTER, "DISSENT", null);
            awaitInbox(members, REVIEWER, "DISSENT", null);
            awaitMail(DRAFTER, t -> t.contains("dissented from version 1"));
            assertTrue(inbox(members, DIGEST_WATCHER).stream().noneMatch(n -> n.getString("kind").equals("DISSENT")
                    && measure.equals(n.getString("measure", null))), "the dissenting organization is not told of itself");

            // nobody in another organization heard of the claim resting on the confidential source, in any way
            deliverNow();
            for (String other : List.of(WATCHER, DIGEST_WATCHER, REVIEWER, DRAFTER)) {
                assertTrue(inbox(members, other).stream().noneMatch(n -> n.toString().contains(Long.toString(secret))),
                        other + " is told nothing of claim " + secret);
            }
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                String all = subject(mail) + "\n" + text(mail);
                assertFalse(all.contains(secretTitle), "no confidential title in any e-mail");
                if (!recipients(mail).contains(ADDRESS.get(OWN_EDITOR)) && !recipients(mail).contains(ADDRESS.get(CONTRIBUTOR))) {
                    assertFalse(all.contains("claim " + secret) || all.contains(" " + secret + " "), "claim " + secret + " in " + all);
                }
                for (String account : ACCOUNTS) {
                    assertFalse(all.contains(account), "no staff user name in an e-mail: " + all);
                }
                assertFalse(all.contains("Which survey year?"), "no comment text by e-mail");
            }

            // the inbox counts the unread, and marking read counts down
            JsonObject before = ok(members.call("GET", "api/v1/account/notifications", CONTRIBUTOR, null, null));
            int unread = before.getInt("unread");
            assertTrue(unread >= 2, before.toString());
            long first = before.getJsonArray("notifications").getJsonObject(0).getJsonNumber("id").longValue();
            JsonObject after = ok(members.call("POST", "api/v1/account/notifications/" + first + "/read", CONTRIBUTOR, null, null));
            assertEquals(unread - 1, after.getInt("unread"));
            assertEquals(404, members.call("POST", "api/v1/account/notifications/" + first + "/read", WATCHER, null, null).statusCode(),
                    "another member's notification answers as a missing one");
            assertEquals(0, ok(members.call("POST", "api/v1/account/notifications/read", CONTRIBUTOR, null, null)).getInt("unread"));
            assertFalse(subject(decided).isBlank());
        } finally {
            for (String account : ACCOUNTS) {
                settings(members, account, null, "IMMEDIATE", "en");
            }
        }
    }

    @Test
    void settingsAreTheCallersOwnAndCheckedAtTheBoundary() {
        Contributions members = new Contributions(base);
        assertTrue(List.of(401, 403).contains(members.call("GET", "api/v1/account/notifications", null, null, null).statusCode()),
                "the public has no notifications");
        HttpResponse<String> bad = members.call("PUT", "api/v1/account/notifications/settings", "link-contributor",
                "application/json", "{\"email\":\"not an address\",\"delivery\":\"WEEKLY\",\"language\":\"fr\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject problem = Http.json(bad);
        assertEquals(3, problem.getJsonArray("errors").size(), "every error at once: " + bad.body());
        JsonObject unchanged = ok(members.call("GET", "api/v1/account/notifications/settings", "link-contributor", null, null));
        assertEquals("IMMEDIATE", unchanged.getString("delivery"));
        assertFalse(unchanged.containsKey("email") && !unchanged.isNull("email"), "no address: " + unchanged);
        assertTrue(unchanged.getBoolean("mailServer"));
        assertEquals(403, members.call("POST", "api/v1/notifications/deliveries", "link-admin", null, null).statusCode(),
                "only platform admins send now");
    }

    private static void settings(Contributions members, String account, String email, String delivery, String language) {
        var body = Json.createObjectBuilder().add("delivery", delivery).add("language", language);
        if (email == null) {
            body.addNull("email");
        } else {
            body.add("email", email);
        }
        JsonObject saved = ok(members.call("PUT", "api/v1/account/notifications/settings", account, "application/json",
                body.build().toString()));
        assertEquals(delivery, saved.getString("delivery"));
    }

    /** A claim of heritage on the measure with an exact figure of persons as of 2024, citing the source, submitted. */
    private static long submitted(Contributions members, String measure, String statement, long source, long value) {
        JsonObject content = Json.createObjectBuilder().add("statement", statement).add("language", "en")
                .add("figure", Json.createObjectBuilder().add("phrase", String.format("%,d", value)).add("qualifier", "EXACT")
                        .add("value", value).add("unit", "PERSONS"))
                .add("measure", measure).add("period", Json.createObjectBuilder().add("asOf", "2024"))
                .add("place", "Abroad").add("topics", Json.createArrayBuilder()).build();
        String body = Json.createObjectBuilder().add("organization", "heritage").add("content", content)
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("source", source)
                        .add("locatorType", "PAGE").add("locator", "4").add("stance", "SUPPORTS"))).build().toString();
        HttpResponse<String> drafted = members.call("POST", "api/v1/claims", CONTRIBUTOR, "application/json", body);
        assertEquals(201, drafted.statusCode(), drafted.body());
        long id = Http.json(drafted).getJsonNumber("id").longValue();
        members.submit(CONTRIBUTOR, id);
        return id;
    }

    private static String draft(long claim) {
        return Json.createObjectBuilder().add("rule", "EDITORS_JUDGEMENT").add("low", 0).add("high", 120_000)
                .add("period", Json.createObjectBuilder().add("asOf", "2024")).add("rationale", "The verified count.")
                .add("roles", Json.createArrayBuilder().add(Json.createObjectBuilder().add("claim", claim)
                        .add("role", "RECOMMENDED"))).build().toString();
    }

    private void deliverNow() {
        HttpResponse<String> run = WebClient.api(base, "POST", "api/v1/notifications/deliveries",
                WebClient.platformAdminToken(base), null, null);
        assertEquals(200, run.statusCode(), run.body());
    }

    private static List<JsonObject> inbox(Contributions members, String account) {
        return ok(members.call("GET", "api/v1/account/notifications", account, null, null))
                .getJsonArray("notifications").getValuesAs(JsonObject.class);
    }

    /** The account's notification of this kind about this claim (null: the newest of the kind), once it is there. */
    private static JsonObject awaitInbox(Contributions members, String account, String kind, Long claim) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        List<JsonObject> seen = List.of();
        while (System.currentTimeMillis() < until) {
            seen = inbox(members, account);
            for (JsonObject n : seen) {
                if (n.getString("kind").equals(kind) && (claim == null || (n.containsKey("claim") && !n.isNull("claim")
                        && n.getJsonNumber("claim").longValue() == claim))) {
                    return n;
                }
            }
            pause();
        }
        return fail(account + " was not told " + kind + " about " + claim + "; inbox: " + seen);
    }

    /** The first e-mail to the account whose subject and text meet the test, once it has arrived. */
    private static MimeMessage awaitMail(String account, Predicate<String> about) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage mail : mailsTo(account)) {
                if (about.test(subject(mail) + "\n" + text(mail))) {
                    return mail;
                }
            }
            pause();
        }
        List<String> got = new ArrayList<>();
        mailsTo(account).forEach(m -> got.add(text(m)));
        return fail("no such e-mail reached " + account + "; got " + got);
    }

    private static List<MimeMessage> mailsTo(String account) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(ADDRESS.get(account))).toList();
    }

    private static String recipients(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            return to == null ? "" : Arrays.toString(to);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.request().uri() + ": " + answer.body());
        return Http.json(answer);
    }
}
