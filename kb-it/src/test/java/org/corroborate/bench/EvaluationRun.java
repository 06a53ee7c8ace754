package org.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corroborate.bench.EvaluationSet.Claim;
import org.corroborate.bench.EvaluationSet.Measure;
import org.corroborate.bench.EvaluationSet.Pair;
import org.corroborate.bench.EvaluationSet.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores cross-referencing on real claims: loads the {@link EvaluationSet} into a server through the public API as
 * members would (sources with their relays; draft claims, the first of each measure proposing it; submission; an
 * editor of another organization verifies each, four eyes), reads each measure's comparisons through the API, and
 * compares every pair of the key with the verdict the server gave. Prints, per pair, expected and got, then the
 * score (pairs judged as the key expects, or as it also accepts, over the telling pairs) and every miss.
 *
 * <p>A measurement, not a test: it asserts nothing and never runs in {@code mvn verify}. Without
 * {@code KB_EVAL_URL} it starts the built WAR in Payara Micro on a fresh H2 database of its own under
 * {@code kb-it/target/evaluation/} (the demo organizations and accounts load into it) and stops it afterwards; with
 * {@code KB_EVAL_URL} it uses that server, which must hold the demo accounts ({@code KB_EVAL_PASSWORD}, the demo
 * password by default). Each run proposes its own measures (slugs ending in the run's id), so runs never mix.
 * The report is also written to {@code kb-it/target/evaluation/report.txt}. See docs/evaluation.md.
 */
public final class EvaluationRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("cbt_[A-Za-z0-9_-]{43}");
    private static final String EDITOR_OF_OTHERS = "link";

    private final URI base;
    private final String password;
    private final String run = Long.toString(System.currentTimeMillis() / 1000, 36);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final List<String> report = new ArrayList<>();
    private boolean citationRelays = !"false".equals(System.getenv("KB_EVAL_CITATION_RELAYS"));

    private EvaluationRun(URI base, String password) {
        this.base = base;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        EvaluationSet set = EvaluationSet.load();
        List<String> problems = set.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the evaluation set does not hold together: " + problems);
        }
        String given = System.getenv("KB_EVAL_URL");
        String password = System.getenv().getOrDefault("KB_EVAL_PASSWORD", "demo-password-2026");
        Path out = Path.of(System.getProperty("kb.eval.dir", "target/evaluation"));
        Files.createDirectories(out);
        Process server = null;
        URI base;
        if (given == null || given.isBlank()) {
            int port = freePort();
            base = URI.create("http://localhost:" + port + "/");
            server = start(port, out);
        } else {
            base = URI.create(given.endsWith("/") ? given : given + "/");
        }
        try {
            EvaluationRun evaluation = new EvaluationRun(base, password);
            evaluation.awaitReady(server, out);
            evaluation.score(set, evaluation.load(set));
            Files.write(out.resolve("report.txt"), evaluation.report, StandardCharsets.UTF_8);
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
        }
    }

    /** Loads the set; returns each claim's id by its key, and each measure's slug by its key. */
    private Loaded load(EvaluationSet set) {
        Map<String, Source> sources = set.sourcesByKey();
        Map<String, Measure> measures = set.measuresByKey();
        // the sources each source relays, as its claims name them
        Map<String, Set<String>> relays = new LinkedHashMap<>();
        for (Claim c : set.claims()) {
            if (c.relay() != null) {
                relays.computeIfAbsent(c.source(), k -> new LinkedHashSet<>()).add(c.relay());
            }
        }
        String holder = set.claims().get(0).organization();
        Map<String, Long> sourceIds = new HashMap<>();
        // origins first (they relay nothing), then the sources relaying them
        List<Source> ordered = new ArrayList<>(set.sources());
        ordered.sort((x, y) -> Boolean.compare(relays.containsKey(x.key()), relays.containsKey(y.key())));
        for (Source s : ordered) {
            ObjectNode body = JSON.createObjectNode().put("holder", holder).put("kind", s.kind()).put("title", s.title())
                    .put("containerTitle", s.containerTitle()).put("publisher", s.publisher()).put("issued", s.issued())
                    .put("url", s.url()).put("language", s.language() == null ? "en" : s.language())
                    .put("note", s.note()).put("confidentiality", "PUBLIC");
            ArrayNode authors = body.putArray("authors");
            for (String a : s.authors()) {
                String[] parts = a.split(",\\s*", 2);
                authors.addObject().put("family", parts[0]).put("given", parts.length > 1 ? parts[1] : null);
            }
            ArrayNode relayIds = body.putArray("relays");
            relays.getOrDefault(s.key(), Set.of()).forEach(r -> relayIds.add(sourceIds.get(r)));
            JsonNode saved = call("POST", "api/v1/sources", contributor(holder), body, 201);
            sourceIds.put(s.key(), saved.get("id").asLong());
            // the text the knowledge base holds of the source: the sentences quoted from it, so that each quote
            // anchors in it (a quote of a source whose text is not held needs a page or paragraph, which a web
            // page has not)
            String excerpts = set.claims().stream().filter(c -> c.source().equals(s.key())).map(Claim::quote)
                    .distinct().collect(Collectors.joining("\n\n"));
            if (!excerpts.isEmpty()) {
                send("PUT", "api/v1/sources/" + saved.get("id").asLong() + "/text", contributor(holder),
                        "text/plain; charset=UTF-8", excerpts, 200);
            }
        }
        Map<String, Long> claimIds = new LinkedHashMap<>();
        Map<String, String> slugs = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        // the claims of the proposing organization first: its measures are public once one of its claims is verified
        List<Claim> claims = new ArrayList<>(set.claims());
        claims.sort((x, y) -> Boolean.compare(!x.organization().equals(holder), !y.organization().equals(holder)));
        for (Claim c : claims) {
            Measure m = measures.get(c.measure());
            boolean proposes = !slugs.containsKey(m.key());
            String slug = slugs.computeIfAbsent(m.key(), k -> "eval-" + k + "-" + run);
            ObjectNode content = JSON.createObjectNode().put("statement", c.quote())
                    .put("language", language(sources.get(c.source())))
                    .put("measure", slug).put("place", m.place()).put("population", c.population());
            content.putArray("topics");
            ObjectNode figure = content.putObject("figure").put("phrase", c.phrase()).put("qualifier", c.qualifier())
                    .put("unit", c.unit() == null ? m.unit() : c.unit());
            if (c.value() != null) {
                figure.put("value", c.value());
            }
            if (c.low() != null) {
                figure.put("low", c.low()).put("high", c.high());
            }
            if (c.period().stated()) {
                ObjectNode period = content.putObject("period");
                if (c.period().asOf() != null) {
                    period.put("asOf", c.period().asOf());
                } else {
                    period.put("from", c.period().from()).put("to", c.period().to());
                }
            }
            ObjectNode body = JSON.createObjectNode().put("organization", c.organization());
            body.set("content", content);
            ObjectNode citation = body.putArray("citations").addObject().put("source", sourceIds.get(c.source()))
                    .put("quote", c.quote()).put("stance", "SUPPORTS");
            if (c.relay() != null && citationRelays) {
                // where the passage says its figure came from, on the citation itself (servers that know
                // figure-level relays follow these, not the relays recorded between sources)
                citation.putArray("relayedFrom").addObject().put("source", sourceIds.get(c.relay()));
            }
            if (proposes) {
                body.putObject("proposedMeasure").put("slug", slug).put("name", m.name() + " (evaluation " + run + ")")
                        .put("definition", m.definition()).put("unit", m.unit()).put("kind", m.kind())
                        .put("flowPeriod", m.flowPeriod()).put("place", m.place()).put("topic", m.topic());
            }
            String author = c.organization() + "-contributor";
            try {
                claimIds.put(c.key(), enter(c, author, body, citation, holder));
            } catch (IllegalStateException | UncheckedIOException failed) {
                // a claim the server could not take is reported, and its pairs count as misses
                failures.put(c.key(), failed.getMessage().lines().findFirst().orElse(""));
                print("[evaluation] " + c.key() + " could not be loaded: " + failures.get(c.key()));
            }
        }
        return new Loaded(claimIds, slugs, failures);
    }

    /** Drafts, submits and has an editor of another organization verify one claim; returns its id. */
    private long enter(Claim c, String author, ObjectNode body, ObjectNode citation, String holder) {
        JsonNode drafted;
        try {
            drafted = call("POST", "api/v1/claims", token(author), body, 201);
        } catch (IllegalStateException refused) {
            if (!citationRelays || !citation.has("relayedFrom")) {
                throw refused;
            }
            // a server without figure-level relays: the relays between sources are all it follows
            citationRelays = false;
            citation.remove("relayedFrom");
            print("[evaluation] the server takes no relays on citations; only the relays between sources are recorded");
            drafted = call("POST", "api/v1/claims", token(author), body, 201);
        }
        long id = drafted.get("id").asLong();
        JsonNode submitted = call("POST", "api/v1/claims/" + id + "/submit", token(author), null, 200,
                drafted.get("version").asLong());
        String editor = (c.organization().equals(EDITOR_OF_OTHERS) ? holder : EDITOR_OF_OTHERS) + "-editor";
        ObjectNode decision = JSON.createObjectNode().put("decision", "VERIFY");
        JsonNode verified = call("POST", "api/v1/claims/" + id + "/review", token(editor), decision, 200,
                submitted.get("version").asLong());
        if (!"VERIFIED".equals(verified.path("status").asText())) {
            throw new IllegalStateException(c.key() + " was not verified: " + verified);
        }
        return id;
    }

    private record Loaded(Map<String, Long> claimIds, Map<String, String> slugs, Map<String, String> failures) {
    }

    private record Finding(String verdict, String reason, boolean sameOrigin) {
    }

    private void score(EvaluationSet set, Loaded loaded) {
        Map<String, Claim> claims = set.claimsByKey();
        Map<Set<Long>, Finding> findings = new HashMap<>();
        for (String slug : loaded.slugs().values()) {
            JsonNode answer;
            try {
                answer = call("GET", "api/v1/measures/" + slug + "/comparisons", token(EDITOR_OF_OTHERS + "-editor"), null, 200);
            } catch (IllegalStateException unreadable) {
                print("[evaluation] no comparisons of " + slug + ": " + unreadable.getMessage());
                continue;
            }
            for (JsonNode c : answer.path("comparisons")) {
                findings.put(Set.of(c.path("a").path("id").asLong(), c.path("b").path("id").asLong()),
                        new Finding(c.path("verdict").asText(), c.path("reason").isNull() ? null : c.path("reason").asText(null),
                                c.path("sameOrigin").asBoolean()));
            }
        }
        print("[evaluation] server " + base + ", run " + run + ": " + loaded.claimIds().size() + " of "
                + set.claims().size() + " claims loaded on "
                + set.measures().size() + " measures, " + findings.size() + " comparisons, " + set.key().size()
                + " telling pairs in the key");
        print(String.format(Locale.ROOT, "[evaluation] %-9s %-16s %-34s %-34s %s", "pair", "measure", "expected (or)",
                "got", ""));
        int right = 0;
        int reasonsAsked = 0;
        int reasonsRight = 0;
        int originsAsked = 0;
        int originsRight = 0;
        Map<String, int[]> perMeasure = new TreeMap<>();
        Map<String, Integer> errorKinds = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Pair p : set.key()) {
            Claim a = claims.get(p.a());
            Claim b = claims.get(p.b());
            Long idA = loaded.claimIds().get(p.a());
            Long idB = loaded.claimIds().get(p.b());
            Finding got = idA == null || idB == null ? null : findings.get(Set.of(idA, idB));
            String verdict = got != null ? got.verdict() : idA == null || idB == null ? "(not loaded)" : "(none)";
            boolean ok = p.accepts(verdict);
            int[] counts = perMeasure.computeIfAbsent(a.measure(), k -> new int[2]);
            counts[1]++;
            if (ok) {
                right++;
                counts[0]++;
            }
            String reasonNote = "";
            if ("NOT_COMPARABLE".equals(p.expected()) && p.reason() != null && "NOT_COMPARABLE".equals(verdict)) {
                reasonsAsked++;
                if (p.reason().equals(got.reason())) {
                    reasonsRight++;
                } else {
                    reasonNote = " (reason " + got.reason() + ", expected " + p.reason() + ")";
                }
            }
            if (got != null && "AGREES".equals(verdict) && p.accepts("AGREES")) {
                originsAsked++;
                if (got.sameOrigin() == set.shareOrigin(a, b)) {
                    originsRight++;
                } else {
                    reasonNote += got.sameOrigin() ? " (said one origin; they are independent)"
                            : " (said independent; they share an origin)";
                }
            }
            print(String.format(Locale.ROOT, "[evaluation] %-9s %-16s %-34s %-34s %s%s", p.a() + "," + p.b(), a.measure(),
                    describe(p.expected(), p.reason()) + (p.alternative() == null ? "" : " (or " + p.alternative() + ")"),
                    describe(verdict, got == null ? null : got.reason()), ok ? "ok" : "MISS", reasonNote));
            if (!ok) {
                String kind = errorKind(p, verdict);
                errorKinds.merge(kind, 1, Integer::sum);
                misses.add(String.format(Locale.ROOT, "[evaluation]   %s (%s): expected %s, got %s — %s. %s",
                        p.a() + "," + p.b(), a.measure(), describe(p.expected(), p.reason()),
                        describe(verdict, got == null ? null : got.reason()), kind, p.rationale()));
                misses.add("[evaluation]       " + p.a() + ": " + summary(a));
                misses.add("[evaluation]       " + p.b() + ": " + summary(b));
            }
        }
        int total = set.key().size();
        print(String.format(Locale.ROOT, "[evaluation] score: right %d / %d telling pairs = %.1f%%", right, total,
                100.0 * right / total));
        perMeasure.forEach((m, c) -> print(String.format(Locale.ROOT, "[evaluation]   %-16s %d / %d", m, c[0], c[1])));
        print(String.format(Locale.ROOT, "[evaluation] reasons: %d / %d pairs judged not comparable as expected give the expected reason",
                reasonsRight, reasonsAsked));
        print(String.format(Locale.ROOT, "[evaluation] origins: %d / %d agreeing pairs say rightly whether they share an origin",
                originsRight, originsAsked));
        print("[evaluation] misses by kind: " + (errorKinds.isEmpty() ? "none" : errorKinds.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        misses.forEach(this::print);
    }

    /** What a miss means to a reader of the measure page. */
    private static String errorKind(Pair p, String got) {
        if (got.startsWith("(")) {
            return "not judged " + got;
        }
        if (p.expectsConflict() && !EvaluationSet.isConflict(got)) {
            return "missed conflict";
        }
        if (!p.expectsConflict() && EvaluationSet.isConflict(got)) {
            return "false conflict";
        }
        if ("NOT_COMPARABLE".equals(p.expected())) {
            return "compared what is not comparable";
        }
        if ("NOT_COMPARABLE".equals(got)) {
            return "did not compare what is comparable";
        }
        return "other verdict";
    }

    private static String describe(String verdict, String reason) {
        return reason == null ? verdict : verdict + "/" + reason;
    }

    private static String summary(Claim c) {
        String figure = c.value() != null ? c.qualifier() + " " + c.value().toPlainString()
                : c.qualifier() + " " + c.low().toPlainString() + "-" + c.high().toPlainString();
        String period = !c.period().stated() ? "no period"
                : c.period().asOf() != null ? "as of " + c.period().asOf() : c.period().from() + ".." + c.period().to();
        return figure + (c.unit() == null ? "" : " " + c.unit()) + ", " + period
                + (c.population() == null ? "" : ", population " + c.population()) + ", source " + c.source()
                + (c.relay() == null ? "" : " relaying " + c.relay()) + ": \"" + abbreviate(c.quote()) + "\"";
    }

    private static String abbreviate(String s) {
        return s.length() <= 140 ? s : s.substring(0, 137) + "...";
    }

    private static String language(Source s) {
        return s.language() == null ? "en" : s.language();
    }

    private void print(String line) {
        System.out.println(line);
        report.add(line);
    }

    // --- HTTP -------------------------------------------------------------------------------------------------

    private String contributor(String organization) {
        return token(organization + "-contributor");
    }

    private JsonNode call(String method, String path, String token, JsonNode body, int expected) {
        return call(method, path, token, body, expected, null);
    }

    /** As {@link #call(String, String, String, JsonNode, int)}, naming the version changed with If-Match (null: none). */
    private JsonNode call(String method, String path, String token, JsonNode body, int expected, Long ifMatch) {
        HttpResponse<String> answer = send(method, path, token, body == null ? null : "application/json",
                body == null ? null : body.toString(), expected, ifMatch);
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body,
                                      int expected) {
        return send(method, path, token, contentType, body, expected, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body,
                                      int expected, Long ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body() + (body == null ? "" : "\nfor " + body));
        }
        return answer;
    }

    /** A personal API token of this account, made on its tokens page as a member would (one per account and run). */
    private String token(String username) {
        return tokens.computeIfAbsent(username, this::newToken);
    }

    private String newToken(String username) {
        Map<String, String> cookies = new LinkedHashMap<>();
        String login = get("login.xhtml", cookies).body();
        HttpResponse<String> signedIn = post("login.xhtml", "login", login,
                Map.of("login:username", username, "login:password", password, "login:submit", "x"), cookies);
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in of " + username + " failed (" + signedIn.statusCode()
                    + "); the server needs the demo accounts");
        }
        String home = get("index.xhtml", cookies).body();
        Matcher link = Pattern.compile("<a[^>]*id=\"nav-tokens\"[^>]*href=\"([^\"]+)\"|<a[^>]*href=\"([^\"]+)\"[^>]*id=\"nav-tokens\"")
                .matcher(home);
        if (!link.find()) {
            throw new IllegalStateException("no link to the tokens page for " + username);
        }
        String href = (link.group(1) != null ? link.group(1) : link.group(2)).replace("&amp;", "&");
        String page = get(href, cookies).body();
        HttpResponse<String> created = post("account/tokens.xhtml", "tokens", page,
                Map.of("tokens:name", "evaluation " + run, "tokens:create", "x"), cookies);
        Matcher token = TOKEN.matcher(created.body());
        if (!token.find()) {
            throw new IllegalStateException("no token shown for " + username);
        }
        return token.group();
    }

    private HttpResponse<String> get(String path, Map<String, String> cookies) {
        return send(withCookies(HttpRequest.newBuilder(resolve(path)).GET(), cookies), cookies);
    }

    private HttpResponse<String> post(String path, String form, String page, Map<String, String> fields,
                                      Map<String, String> cookies) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state on " + path);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(form, form);
        values.putAll(fields);
        values.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
        String body = values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(withCookies(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), cookies), cookies);
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static HttpRequest.Builder withCookies(HttpRequest.Builder request, Map<String, String> cookies) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request.timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies) {
        HttpResponse<String> answer = send(request);
        for (String header : answer.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return answer;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- the server ---------------------------------------------------------------------------------------------

    /** The built WAR in Payara Micro on a fresh H2 database under {@code out}, with the demo accounts. */
    private static Process start(int port, Path out) throws IOException {
        String micro = System.getProperty("kb.eval.micro", "target/payara-micro.jar");
        String war = System.getProperty("kb.eval.war", "target/kb-web.war");
        if (!Files.isRegularFile(Path.of(micro)) || !Files.isRegularFile(Path.of(war))) {
            throw new IllegalStateException("no " + micro + " or " + war + ": run it as docs/evaluation.md says, "
                    + "or give a running server in KB_EVAL_URL");
        }
        Path data = out.resolve("data-" + System.currentTimeMillis()).toAbsolutePath();
        Path log = out.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Djava.io.tmpdir=" + out.toAbsolutePath(), "-jar", micro, "--deploy", war,
                "--contextroot", "/", "--port", Integer.toString(port), "--nocluster")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("KB_DB_"));
        env.put("KB_DB_URL", "jdbc:h2:file:" + data.resolve("corroborate") + ";WRITE_DELAY=0");
        env.put("KB_SESSION_SECURE_COOKIE", "false");
        env.put("KB_DATA_DIR", data.toString()); // its search index beside its fresh database
        env.putIfAbsent("KB_ADMIN_PASSWORD", "evaluation-admin-" + port);
        System.out.println("[evaluation] starting Payara Micro on port " + port + " with a fresh database in " + data
                + " (log: " + log + ")");
        return builder.start();
    }

    private void awaitReady(Process server, Path out) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (server != null && !server.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + server.exitValue() + "; see "
                        + out.resolve("server.log"));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().strip().equals("{\"status\":\"UP\"}")) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(base + " was not ready within 5 minutes: " + last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
