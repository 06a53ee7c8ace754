package org.corroborate.it;

import jakarta.inject.Inject;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.account.AccountView;
import org.corroborate.service.account.Accounts;
import org.corroborate.service.account.IssuedInvitation;
import org.corroborate.service.account.NewMember;
import org.corroborate.service.organization.NewOrganization;
import org.corroborate.service.organization.Organizations;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts as people and scripts meet them. Client tests (@RunAsClient) talk HTTP to the deployed WAR like a
 * browser or a script: the sign-in form, sessions, API tokens. In-container tests call the services directly:
 * invitations, organization boundaries, what the database keeps of a password.
 * The client keeps its own cookie jar, which sends the session cookie even when it is marked Secure over http.
 */
@InContainer
class AccountsIT {

    private static final String DEMO_PASSWORD = WebClient.DEMO_PASSWORD;
    private static final Pattern TOKEN = WebClient.TOKEN;

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;


    // ---- over HTTP ------------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void demoContributorSignsInThroughTheFormAndGetsANewSessionId() {
        WebClient browser = new WebClient(base);
        HttpResponse<String> form = browser.get("login.xhtml");
        assertEquals(200, form.statusCode());
        String before = browser.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("no session for the form's view state"));
        assertCookieFlags(form);

        HttpResponse<String> answer = browser.signIn("hrnk-contributor", DEMO_PASSWORD);
        assertEquals(302, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/contribute/my-items.xhtml"));
        String after = browser.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(before, after, "the session id must change at sign-in");

        HttpResponse<String> me = browser.get("api/v1/account");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("hrnk-contributor", Http.json(me).getString("username"));
        assertEquals("hrnk", Http.json(me).getString("organizationSlug"));

        HttpResponse<String> page = browser.get("index.xhtml");
        assertTrue(page.body().contains("id=\"account-name\""), "the header names the signed-in account");
        assertTrue(page.body().contains("sign-out-form"), "the header offers to sign out");
    }

    @Test
    @RunAsClient
    void wrongPasswordIsRefusedWithAPlainMessage() {
        WebClient browser = new WebClient(base);
        browser.get("login.xhtml");
        HttpResponse<String> answer = browser.signIn("heritage-editor", "not-the-password-at-all");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("The user name or password is wrong, or the account is deactivated."), answer.body());
        assertEquals(403, browser.get("api/v1/account").statusCode(), "still anonymous");
    }

    @Test
    @RunAsClient
    void protectedPagesSendTheAnonymousToSignInAndBackAfterwards() {
        WebClient browser = new WebClient(base);
        HttpResponse<String> asked = browser.get("account/tokens.xhtml");
        assertEquals(302, asked.statusCode());
        assertTrue(asked.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        browser.get("login.xhtml");
        HttpResponse<String> answer = browser.signIn("link-editor", DEMO_PASSWORD);
        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/account/tokens.xhtml"), location);
        assertEquals(200, browser.get(location).statusCode(), "back on the page that asked, with its protected-view token");
        HttpResponse<String> bookmark = browser.get("account/tokens.xhtml");
        assertNotEquals(200, bookmark.statusCode(), "without the token (a bookmark, another site) the protected view does not open");
        assertTrue(bookmark.body().contains("id=\"protected-tokens\""), "but offers the way in: " + bookmark.body());
        assertEquals(403, browser.get("contribute/my-items.xhtml").statusCode(), "an editor alone is no contributor");
    }

    @Test
    @RunAsClient
    void anEndedSessionLeadsToTheSignInPageWithAPlainMessage() {
        WebClient browser = new WebClient(base);
        browser.setCookie("JSESSIONID", "ended0000000000000000000000");
        HttpResponse<String> asked = browser.get("admin/members.xhtml");
        assertEquals(302, asked.statusCode());
        String location = asked.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/login.xhtml?ended=true"), location);
        HttpResponse<String> login = browser.get(location);
        assertTrue(login.body().contains("Your session has ended"), login.body());
    }

    @Test
    @RunAsClient
    void signingOutEndsTheSession() {
        WebClient browser = new WebClient(base);
        browser.get("login.xhtml");
        browser.signIn("tongil-mom-editor", DEMO_PASSWORD);
        HttpResponse<String> page = browser.get("index.xhtml");
        HttpResponse<String> out = browser.post("index.xhtml", "sign-out-form", page.body(), Map.of("sign-out-form:sign-out", "x"));
        assertEquals(302, out.statusCode(), out.body());
        assertEquals(403, browser.get("api/v1/account").statusCode());
    }

    @Test
    @RunAsClient
    void apiTokenActsAsItsAccountUntilRevoked() {
        WebClient browser = new WebClient(base);
        browser.get("login.xhtml");
        browser.signIn("heritage-admin", DEMO_PASSWORD);
        HttpResponse<String> page = browser.follow("index.xhtml", "nav-tokens");
        assertEquals(200, page.statusCode(), page.body());
        HttpResponse<String> created = browser.post("account/tokens.xhtml", "tokens", page.body(),
                Map.of("tokens:name", "it script", "tokens:create", "x"));
        assertEquals(200, created.statusCode(), created.body());
        Matcher m = TOKEN.matcher(created.body());
        assertTrue(m.find(), "the new token is shown once: " + created.body());
        String token = m.group();

        HttpResponse<String> me = WebClient.api(base, "GET", "api/v1/account", token, null, null);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("heritage-admin", Http.json(me).getString("username"));
        assertTrue(me.headers().firstValue("Set-Cookie").isEmpty(), "a token makes no session");

        HttpResponse<String> again = browser.follow("index.xhtml", "nav-tokens");
        assertFalse(TOKEN.matcher(again.body()).find(), "the token text is never shown again");
        Matcher revoke = Pattern.compile("name=\"(tokens:list:0:revoke)\"").matcher(again.body());
        assertTrue(revoke.find(), again.body());
        HttpResponse<String> revoked = browser.post("account/tokens.xhtml", "tokens", again.body(), Map.of(revoke.group(1), "x"));
        assertEquals(200, revoked.statusCode());

        HttpResponse<String> refused = WebClient.api(base, "GET", "api/v1/account", token, null, null);
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, WebClient.api(base, "GET", "api/v1/account", "cbt_" + "A".repeat(43), null, null).statusCode());
        assertEquals(200, Http.get(base, "api/v1/measures").statusCode(), "without a token the API reads as the public");
    }

    @Test
    @RunAsClient
    void deactivatedMemberCannotSignInUntilReactivated() {
        WebClient admin = new WebClient(base);
        admin.get("login.xhtml");
        admin.signIn("nauh-admin", DEMO_PASSWORD);
        HttpResponse<String> page = admin.follow("index.xhtml", "nav-members");
        assertEquals(200, page.statusCode(), page.body());
        if (memberRow(page.body(), "nauh-contributor").contains("Deactivated")) {
            page = toggle(admin, page, "nauh-contributor"); // left so by an earlier run on the same database
        }
        WebClient member = new WebClient(base);
        member.get("login.xhtml");
        assertEquals(302, member.signIn("nauh-contributor", DEMO_PASSWORD).statusCode());
        assertEquals(200, member.get("api/v1/account").statusCode());

        page = toggle(admin, page, "nauh-contributor");
        assertTrue(memberRow(page.body(), "nauh-contributor").contains("Deactivated"), page.body());
        assertEquals(403, member.get("api/v1/account").statusCode(), "the open session ends at once");
        WebClient again = new WebClient(base);
        again.get("login.xhtml");
        HttpResponse<String> refused = again.signIn("nauh-contributor", DEMO_PASSWORD);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("The user name or password is wrong, or the account is deactivated."));

        page = toggle(admin, page, "nauh-contributor");
        assertFalse(memberRow(page.body(), "nauh-contributor").contains("Deactivated"));
        WebClient back = new WebClient(base);
        back.get("login.xhtml");
        assertEquals(302, back.signIn("nauh-contributor", DEMO_PASSWORD).statusCode(), "reactivated, signs in again");
    }

    private static String memberRow(String page, String username) {
        Matcher row = Pattern.compile("<tr[^>]*data-username=\"" + username + "\".*?</tr>", Pattern.DOTALL).matcher(page);
        if (!row.find()) {
            throw new AssertionError("no row for " + username + " in " + page);
        }
        return row.group();
    }

    private static HttpResponse<String> toggle(WebClient admin, HttpResponse<String> page, String username) {
        Matcher button = Pattern.compile("name=\"(members:list:\\d+:toggle)\"").matcher(memberRow(page.body(), username));
        assertTrue(button.find(), page.body());
        HttpResponse<String> done = admin.post("admin/members.xhtml", "members", page.body(), Map.of(button.group(1), "x"));
        assertEquals(200, done.statusCode(), done.body());
        return done;
    }

    // ---- in the container -----------------------------------------------------------------------------------------

    @Test
    void invitationIsAcceptedOnceOnly() {
        Reader admin = admin("link");
        IssuedInvitation invitation = accounts.invite(admin, "link", Set.of(Role.CONTRIBUTOR));
        assertTrue(accounts.invitation(Reader.ANONYMOUS, invitation.token()).isPresent());
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        AccountView created = accounts.accept(Reader.ANONYMOUS, invitation.token(),
                new NewMember(username, "Invited Person", "a long enough passphrase"));
        assertEquals("link", created.organizationSlug());
        assertEquals(Set.of(Role.CONTRIBUTOR), created.roles());
        assertTrue(accounts.signIn(Reader.ANONYMOUS, username, "a long enough passphrase").isPresent());

        assertTrue(accounts.invitation(Reader.ANONYMOUS, invitation.token()).isEmpty());
        assertThrows(InvalidInputException.class, () -> accounts.accept(Reader.ANONYMOUS, invitation.token(),
                new NewMember(username + "b", "Someone Else", "another long passphrase")));
        assertTrue(accounts.activeByUsername(Reader.ANONYMOUS, username + "b").isEmpty());
    }

    @Test
    void shortPasswordsAndForeignInvitationsAreRefused() {
        IssuedInvitation invitation = accounts.invite(admin("link"), "link", Set.of(Role.EDITOR));
        assertThrows(InvalidInputException.class, () -> accounts.accept(Reader.ANONYMOUS, invitation.token(),
                new NewMember("it-short-" + UUID.randomUUID().toString().substring(0, 6), "Short", "too short")));
        assertTrue(accounts.invitation(Reader.ANONYMOUS, invitation.token()).isPresent(), "a refused acceptance uses nothing up");
        assertThrows(NotPermittedException.class, () -> accounts.invite(admin("link"), "hrnk", Set.of(Role.CONTRIBUTOR)));
        assertThrows(NotPermittedException.class, () -> accounts.invite(admin("link"), "link", Set.of(Role.PLATFORM_ADMIN)));
    }

    @Test
    void adminOfOneOrganizationCannotDeactivateMembersOfAnother() {
        Reader linkAdmin = admin("link");
        AccountView victim = accounts.members(admin("hrnk"), "hrnk").stream()
                .filter(a -> a.username().equals("hrnk-editor")).findFirst().orElseThrow();
        assertThrows(NotPermittedException.class, () -> accounts.deactivate(linkAdmin, victim.id()));
        assertThrows(NotPermittedException.class, () -> accounts.members(linkAdmin, "hrnk"));
        assertTrue(accounts.activeByUsername(Reader.ANONYMOUS, "hrnk-editor").isPresent(), "nothing changed");
        assertThrows(InvalidInputException.class, () -> accounts.deactivate(linkAdmin, linkAdmin.accountId().orElseThrow()));
    }

    @Test
    void onlyPlatformAdminsAddOrganizations() {
        String slug = "it-org-" + UUID.randomUUID().toString().substring(0, 6);
        assertThrows(NotPermittedException.class, () -> accounts.addOrganization(admin("hrnk"),
                new NewOrganization(slug, "An IT organization", null, null, null, null)));
        assertThrows(NotPermittedException.class, () -> accounts.addOrganization(Reader.ANONYMOUS,
                new NewOrganization(slug, "An IT organization", null, null, null, null)));
        assertTrue(organizations.all().stream().noneMatch(o -> o.slug().equals(slug)), "nothing was added");
    }

    @Test
    void passwordsAreStoredOnlyAsPbkdf2Hashes() throws SQLException {
        DataSource dataSource = dataSource();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT username, password_hash FROM account");
             ResultSet rs = s.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                String hash = rs.getString(2);
                assertTrue(hash.matches("PBKDF2WithHmacSHA256:210000:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+"), hash);
                assertFalse(hash.contains(DEMO_PASSWORD));
            }
            assertTrue(rows >= 15, "the demo accounts exist");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE before_state LIKE ? OR after_state LIKE ?")) {
            s.setString(1, "%" + DEMO_PASSWORD + "%");
            s.setString(2, "%" + DEMO_PASSWORD + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "no password in the audit trail");
            }
        }
    }

    private static DataSource dataSource() {
        try {
            return (DataSource) new javax.naming.InitialContext().lookup("java:app/jdbc/kb");
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reader admin(String slug) {
        return accounts.activeByUsername(Reader.ANONYMOUS, slug + "-admin").orElseThrow().reader();
    }

    // ---- a tiny browser -------------------------------------------------------------------------------------------

    private static void assertCookieFlags(HttpResponse<String> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie set"));
        String lower = cookie.toLowerCase();
        assertTrue(lower.contains("httponly"), cookie);
        assertTrue(lower.contains("samesite=lax"), cookie);
    }
}
