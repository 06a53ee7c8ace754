package org.corroborate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A tiny browser over java.net.http: its own cookie jar (java.net.http's cookie manager would hold back a Secure
 * session cookie over http), no redirects followed, JSF forms posted with their view state; and, for scripts,
 * calls with a personal API token.
 */
final class WebClient {

    static final String DEMO_PASSWORD = "demo-password-2026";
    static final Pattern TOKEN = Pattern.compile("cbt_[A-Za-z0-9_-]{43}");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URL base;
    // HTTP/1.1, as browsers speak to a plain-http server: the JDK's attempt at HTTP/2 over cleartext (h2c) on a
    // long-lived connection to Payara Micro was seen to hang a request past its timeout
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String lastLoginPage;

    WebClient(URL base) {
        this.base = base;
    }

    /** A client signed in as this demo account. */
    static WebClient signedIn(URL base, String username) {
        return signedIn(base, username, DEMO_PASSWORD);
    }

    /** A client signed in with this user name and password. */
    static WebClient signedIn(URL base, String username, String password) {
        WebClient client = new WebClient(base);
        client.get("login.xhtml");
        HttpResponse<String> answer = client.signIn(username, password);
        if (answer.statusCode() != 302) {
            throw new AssertionError("sign-in of " + username + " failed: " + answer.statusCode() + " " + answer.body());
        }
        return client;
    }

    /** A new personal API token of this demo account, created on its tokens page as a member would. */
    static String apiToken(URL base, String username) {
        return apiToken(base, username, DEMO_PASSWORD);
    }

    /** A new personal API token of this account, created on its tokens page. */
    static String apiToken(URL base, String username, String password) {
        WebClient client = signedIn(base, username, password);
        HttpResponse<String> page = client.follow("index.xhtml", "nav-tokens");
        HttpResponse<String> created = client.post("account/tokens.xhtml", "tokens", page.body(),
                Map.of("tokens:name", "it " + System.nanoTime(), "tokens:create", "x"));
        Matcher m = TOKEN.matcher(created.body());
        if (!m.find()) {
            throw new AssertionError("no token shown for " + username + ": " + created.body());
        }
        return m.group();
    }

    /** A personal API token of the first platform admin ({@code admin}, its password from the build), one per server. */
    static String platformAdminToken(URL base) {
        return ADMIN_TOKENS.computeIfAbsent(base.toString(),
                k -> apiToken(base, "admin", System.getProperty("kb.it.admin.password")));
    }

    private static final Map<String, String> ADMIN_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        if (path.startsWith("login.xhtml")) {
            lastLoginPage = response.body();
        }
        return response;
    }

    /** GETs {@code path}, then the link with this id on it. */
    HttpResponse<String> follow(String path, String linkId) {
        String page = get(path).body();
        Matcher tag = Pattern.compile("<a[^>]*id=\"" + linkId + "\"[^>]*>").matcher(page);
        if (!tag.find()) {
            throw new AssertionError("no link " + linkId + " in " + page);
        }
        Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(tag.group());
        if (!href.find()) {
            throw new AssertionError("no href in " + tag.group());
        }
        return get(href.group(1).replace("&amp;", "&"));
    }

    HttpResponse<String> signIn(String username, String password) {
        return post("login.xhtml", "login", lastLoginPage,
                Map.of("login:username", username, "login:password", password, "login:submit", "x"));
    }

    /** Posts the form {@code formId} of {@code page} with its view state and these fields. */
    HttpResponse<String> post(String path, String formId, String page, Map<String, String> fields) {
        return post(path, formId, page, fields, Map.of());
    }

    /** A request with this browser's cookies, as a script on a page would send it (a fetch with credentials). */
    HttpResponse<String> request(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts the form as {@link #post(String, String, String, Map)} does, with these request headers too. */
    HttpResponse<String> post(String path, String formId, String page, Map<String, String> fields, Map<String, String> headers) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state in " + page);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** An API call as a script makes it: with a personal token (or none), no cookies. */
    static HttpResponse<String> api(URL base, String method, String path, String token, String contentType, String body) {
        return api(base, method, path, token, contentType, body, Map.of());
    }

    /** As {@link #api(URL, String, String, String, String, String)}, with these headers too (such as If-Match). */
    static HttpResponse<String> api(URL base, String method, String path, String token, String contentType, String body,
                                    Map<String, String> headers) {
        WebClient scriptClient = new WebClient(base);
        HttpRequest.Builder builder = HttpRequest.newBuilder(scriptClient.uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return scriptClient.send(builder.header("Accept", "application/json"));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        builder.setHeader("Accept", builder.build().headers().firstValue("Accept").orElse("text/html,application/json"))
                .timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            List<String> set = response.headers().allValues("Set-Cookie");
            for (String header : set) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (header.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        try {
            return base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
