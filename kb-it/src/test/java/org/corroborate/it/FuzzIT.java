package org.corroborate.it;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fuzz harness (issue 13): random requests to the server the ITs started, on loopback only, as anonymous
 * callers and as a member ({@value #MEMBER}, with a personal API token of its own and with signed-in sessions).
 * It is driven by the OpenAPI document (every operation, with path and query parameters and bodies made from its
 * schemas, then some of their values made hostile) and by the pages (every page of the WAR with its view
 * parameters, the links they show, and their forms read with jsoup and posted with mutated values, view state and
 * all), plus random paths, methods and headers. Values come from {@link FuzzValues}: malformed, deep or huge JSON,
 * NaN and 1e309, wrong types, NUL and zero-width characters, long strings, bad dates, path traversal...
 *
 * <p>It fails on any answer 500 or above, and on any request not answered within 10 seconds (stuck), listing each
 * with its seed and number so that it can be sent again ({@code -Dkb.fuzz.seed=... -Dkb.fuzz.only=17,230}).
 * Bounded in count and time by system properties (docs/testing.md, "Fuzz harness"): {@code kb.fuzz.requests}
 * (default {@value #DEFAULT_REQUESTS}), {@code kb.fuzz.seconds} (default {@value #DEFAULT_SECONDS}; the harness
 * stops sending then), {@code kb.fuzz.threads} ({@value #DEFAULT_THREADS}), {@code kb.fuzz.seed} (a new one each
 * run unless given) and {@code kb.fuzz.verbose} (every request and its answer).
 *
 * <p>It leaves the other classes' fixtures alone: it writes only as {@value #MEMBER}, whose organization no other
 * class changes; it never presses sign-out, password, token or account buttons (see {@link FuzzForms}), and no API
 * operation removes anything a member could not add again.
 */
@ExtendWith(TestServer.class)
class FuzzIT {

    static final int DEFAULT_REQUESTS = 2_400;
    static final int DEFAULT_SECONDS = 600;
    static final int DEFAULT_THREADS = 4;
    static final String MEMBER = "tongil-mom-contributor";
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "HEAD", "POST", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "FOO", "get", "BREW");
    /** Fields a plausible body keeps; the others it leaves out one time in three, as optional fields often are. */
    private static final Set<String> CORE_FIELDS = Set.of("holder", "kind", "title", "organization", "content", "statement",
            "language", "figure", "measure", "period", "citations", "source", "locatorType", "locator", "stance", "phrase",
            "qualifier", "value", "unit", "asOf", "confidentiality", "authors", "literal", "text", "decision", "body", "relays",
            "topics");
    private static final Pattern VIEW_PARAM = Pattern.compile("viewParam\\s+name=\"([^\"]+)\"");

    /** Who sends a request. */
    enum Caller { ANONYMOUS, MEMBER_TOKEN, MEMBER_SESSION, FORGED }

    /** A request as sent, with what it is for the report. */
    record Sent(int number, Caller caller, String method, String path, String contentType, byte[] body,
                Map<String, String> headers) {

        String describe() {
            String excerpt = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8)
                    .replaceAll("\\p{Cntrl}", "?");
            return "#" + number + " " + caller + " " + method + " /" + shorten(path, 200)
                    + (contentType == null ? "" : " [" + contentType + "]")
                    + (headers.isEmpty() ? "" : " " + headers.entrySet().stream().map(h -> h.getKey() + ": " + shorten(h.getValue(), 80))
                    .collect(Collectors.joining(", ", "{", "}")))
                    + (body == null ? "" : " body(" + body.length + " bytes): " + excerpt);
        }
    }

    /** An API operation of the OpenAPI document. */
    record ApiOperation(String method, String path, List<Parameter> parameters, Map<String, Schema<?>> bodies) {
    }

    /** A page of the WAR and the view parameters it reads. */
    record Page(String path, List<String> parameters, boolean members) {
    }

    @TestServer.Base
    URL base;

    private final int requests = Integer.getInteger("kb.fuzz.requests", DEFAULT_REQUESTS);
    private final int seconds = Integer.getInteger("kb.fuzz.seconds", DEFAULT_SECONDS);
    private final int threads = Integer.getInteger("kb.fuzz.threads", DEFAULT_THREADS);
    private final long seed = Long.getLong("kb.fuzz.seed", new Random().nextLong());
    private final boolean verbose = Boolean.getBoolean("kb.fuzz.verbose");
    private final Set<Integer> only = Arrays.stream(System.getProperty("kb.fuzz.only", "").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).collect(Collectors.toSet());

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(LIMIT).build();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger stuck = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong slowest = new AtomicLong();

    // what the harness knows of the server, read before it starts
    private List<ApiOperation> operations;
    private List<Page> pages;
    private final Set<String> links = new LinkedHashSet<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> slugs = new ArrayList<>();
    private final List<String> organizations = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private String memberToken;
    private long ownSource;
    private long ownClaim;

    @Test
    void noRequestAnswers5xxOrTakesLongerThanTenSeconds() throws Exception {
        InetAddress host = InetAddress.getByName(base.getHost());
        assertTrue(host.isLoopbackAddress(), "the fuzz harness sends requests to loopback only, not to " + base);
        prepare();
        List<String> sessions = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            sessions.add(WebClient.signedIn(base, MEMBER).cookie("JSESSIONID").orElseThrow());
        }
        String database = database();
        System.out.printf("[fuzz] %s: %d requests at most, %d s at most, %d threads, seed %d; %d API operations, %d pages, %d links%n",
                database, requests, seconds, threads, seed, operations.size(), pages.size(), links.size());

        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String memberSession = sessions.get(t);
            running.add(workers.submit(() -> {
                Worker worker = new Worker(memberSession);
                while (sent.get() < requests && System.nanoTime() < deadline) {
                    int number = next.getAndIncrement();
                    if (!only.isEmpty()) {
                        if (number > Collections.max(only)) {
                            break;
                        }
                        if (!only.contains(number)) {
                            continue;
                        }
                    }
                    worker.fuzz(number, new Random(seed ^ (number * 0x9E3779B97F4A7C15L)));
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        workers.shutdown();
        double took = (System.nanoTime() - start) / 1e9;
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, n) -> counts.put(status, n.get()));
        System.out.printf(Locale.ROOT, "[fuzz] %s: %,d requests, %d 5xx, %d stuck (>10 s), %d unanswered (%d sent again after "
                        + "a closed connection), in %.0f s (slowest %.1f s), statuses %s, %d writes of the member accepted, seed %d%s%n",
                database, sent.get(), serverErrors.get(), stuck.get(), unanswered.get(), retried.get(), took,
                slowest.get() / 1e9, counts, accepted.get(), seed, sent.get() < requests && only.isEmpty() ? " (stopped by the time bound)" : "");
        if (!failures.isEmpty()) {
            fail(failures.size() + " requests answered 5xx, not at all, or not within 10 s (seed " + seed
                    + ", replay with -Dkb.fuzz.seed=" + seed + " -Dkb.fuzz.only=<numbers>):\n"
                    + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
        }
        if (only.isEmpty()) {
            assertTrue(counts.keySet().stream().anyMatch(s -> s >= 200 && s < 300), "some requests were served: " + counts);
            assertTrue(counts.keySet().stream().anyMatch(s -> s >= 400 && s < 500), "some requests were refused: " + counts);
        }
    }

    // ------------------------------------------------------------------ one thread's requests

    /** One thread of the harness, with the member's session of its own and an anonymous visitor's. */
    private final class Worker {

        private final String memberSession;
        private String anonymousSession;

        Worker(String memberSession) {
            this.memberSession = memberSession;
        }

        void fuzz(int number, Random random) {
            if (random.nextInt(60) == 0) {
                anonymousSession = null; // a new visitor
            }
            Caller caller = pickCaller(random);
            int strategy = random.nextInt(100);
            if (strategy < 50) {
                send(apiRequest(number, caller, random));
            } else if (strategy < 75 && caller != Caller.MEMBER_TOKEN) {
                formRequests(number, caller == Caller.ANONYMOUS ? Caller.ANONYMOUS : Caller.MEMBER_SESSION, random);
            } else {
                send(pathRequest(number, caller, random));
            }
        }

        /** GETs a page in this caller's session, then posts one of its forms with hostile values. */
        private void formRequests(int number, Caller caller, Random random) {
            List<Page> open = pages.stream().filter(p -> caller == Caller.MEMBER_SESSION || !p.members()).toList();
            Page page = FuzzValues.pick(random, open);
            String path = page.path() + pageQuery(page, random, false);
            if (random.nextInt(4) == 0 && !links.isEmpty()) {
                path = FuzzValues.pick(random, List.copyOf(links));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "text/html");
            Answer got = send(new Sent(number, caller, "GET", path, null, null, headers));
            if (got == null || got.status() != 200 || got.body().isEmpty()) {
                return;
            }
            List<FuzzForms.Form> forms = FuzzForms.read(base(), path, got.body()).stream()
                    .filter(f -> caller == Caller.MEMBER_SESSION ? !f.action().startsWith("login.xhtml") : true).toList();
            if (forms.isEmpty()) {
                return;
            }
            FuzzForms.Post post = FuzzForms.mutate(FuzzValues.pick(random, forms), random);
            Map<String, String> postHeaders = new LinkedHashMap<>(post.headers());
            if (random.nextInt(8) == 0) {
                randomHeaders(postHeaders, random);
            }
            send(new Sent(number, caller, post.method(), post.path(), post.contentType(), post.body(), postHeaders));
        }

        private Answer send(Sent drawn) {
            // Payara answers an address longer than its request line takes (8 KB) with 400 at once and closes the
            // connection; java.net.http, still sending a body then, loses that answer: such a request goes without one
            Sent request = drawn.path().length() > 8_000 && drawn.body() != null
                    ? new Sent(drawn.number(), drawn.caller(), drawn.method(), drawn.path(), drawn.contentType(), null, drawn.headers())
                    : drawn;
            HttpRequest.Builder builder;
            try {
                builder = HttpRequest.newBuilder(URI.create(base + request.path())).timeout(LIMIT)
                        .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
                if (request.contentType() != null) {
                    builder.header("Content-Type", request.contentType());
                }
                request.headers().forEach(builder::header);
                switch (request.caller()) {
                    case MEMBER_TOKEN -> builder.header("Authorization", "Bearer " + memberToken);
                    case MEMBER_SESSION -> builder.header("Cookie", "JSESSIONID=" + memberSession);
                    case ANONYMOUS -> {
                        if (anonymousSession != null && !request.headers().containsKey("Cookie")) {
                            builder.header("Cookie", "JSESSIONID=" + anonymousSession);
                        }
                    }
                    case FORGED -> {
                        if (!request.headers().containsKey("Authorization") && !request.headers().containsKey("Cookie")) {
                            builder.header("Authorization", "Bearer cbt_" + UUID.randomUUID().toString().replace("-", "")
                                    + "abcdefghijk"); // a token's shape, 43 characters, that no account holds
                        }
                    }
                }
            } catch (IllegalArgumentException unsendable) {
                return null; // java.net.http refuses to send it (an invalid address, method or header): nothing reached the server
            }
            sent.incrementAndGet();
            long started = System.nanoTime();
            HttpRequest built = builder.build();
            HttpResponse<byte[]> response;
            try {
                try {
                    response = answer(built);
                } catch (ExecutionException closed) {
                    if (closed.getCause() instanceof java.net.http.HttpTimeoutException) {
                        throw closed;
                    }
                    // the connection was closed under the request (HTTP/1.1 keep-alive's race): send it again once,
                    // on a new connection, as browsers do; a request the server will not answer fails again
                    retried.incrementAndGet();
                    started = System.nanoTime();
                    response = answer(built);
                }
            } catch (TimeoutException e) {
                stuck.incrementAndGet();
                failures.add("STUCK (no answer within 10 s) " + request.describe());
                return null;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                    stuck.incrementAndGet();
                    failures.add("STUCK (no answer within 10 s) " + request.describe());
                } else {
                    unanswered.incrementAndGet();
                    failures.add("NO ANSWER, twice (" + e.getCause() + ") " + request.describe());
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long took = System.nanoTime() - started;
            slowest.accumulateAndGet(took, Math::max);
            int status = response.statusCode();
            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (request.caller() == Caller.ANONYMOUS) {
                response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst().ifPresent(c -> anonymousSession = c.substring("JSESSIONID=".length()).split(";", 2)[0]);
            }
            if (verbose) {
                System.out.printf("[fuzz] %d %.2f s %s%n      answered: %s%n", status, took / 1e9, request.describe(),
                        shorten(body.replaceAll("\\s+", " "), 300));
            }
            if (status >= 200 && status < 300 && !request.method().equals("GET") && !request.method().equals("HEAD")
                    && (request.caller() == Caller.MEMBER_TOKEN || request.caller() == Caller.MEMBER_SESSION)) {
                accepted.incrementAndGet();
            }
            if (status >= 500) {
                serverErrors.incrementAndGet();
                failures.add(status + " " + request.describe() + "\n      answered: " + shorten(body.replaceAll("\\s+", " "), 300));
            }
            return new Answer(status, body);
        }
    }

    /** The answer to a request, within 10 seconds from its sending to the last byte of its body. */
    private HttpResponse<byte[]> answer(HttpRequest request) throws ExecutionException, TimeoutException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return future.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    private record Answer(int status, String body) {
    }

    private Caller pickCaller(Random random) {
        int r = random.nextInt(20);
        return r < 8 ? Caller.ANONYMOUS : r < 14 ? Caller.MEMBER_TOKEN : r < 19 ? Caller.MEMBER_SESSION : Caller.FORGED;
    }

    // ------------------------------------------------------------------ requests made from the OpenAPI document

    private Sent apiRequest(int number, Caller caller, Random random) {
        // operations that take a body are drawn three times as often: they read more of what is sent
        ApiOperation operation = FuzzValues.pick(random, operations);
        for (int i = 0; i < 2 && operation.bodies().isEmpty(); i++) {
            operation = FuzzValues.pick(random, operations);
        }
        String method = random.nextInt(25) == 0 ? FuzzValues.pick(random, METHODS) : operation.method();
        String path = operation.path().substring(1);
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", random.nextInt(6) == 0 ? FuzzValues.pick(random, FuzzValues.ACCEPTS) : "application/json");
        for (Parameter parameter : operation.parameters()) {
            String value = parameterValue(parameter.getName(), parameter.getSchema(), random);
            switch (parameter.getIn()) {
                case "path" -> path = path.replace("{" + parameter.getName() + "}", segment(value));
                case "query" -> {
                    if (random.nextInt(4) != 0) {
                        query.append(query.length() == 0 ? "?" : "&").append(enc(parameter.getName())).append('=').append(enc(value));
                    }
                }
                case "header" -> {
                    if (!parameter.getName().equalsIgnoreCase("Content-Type") && random.nextBoolean()) {
                        headers.put(parameter.getName(), headerValue(value));
                    }
                }
                default -> {
                }
            }
        }
        if (random.nextInt(6) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append(enc(FuzzValues.pick(random, List.of("limit", "offset", "q",
                    "version", "dryRun", "lang", "format", "x", "id", "callback", "_method")))).append('=').append(enc(FuzzValues.text(random)));
        }
        if (random.nextInt(10) == 0) {
            randomHeaders(headers, random);
        }
        String contentType = null;
        byte[] body = null;
        if (!operation.bodies().isEmpty() || random.nextInt(10) == 0) {
            List<String> types = new ArrayList<>(operation.bodies().keySet());
            contentType = types.isEmpty() || random.nextInt(8) == 0 ? FuzzValues.pick(random, FuzzValues.CONTENT_TYPES)
                    : FuzzValues.pick(random, types);
            Schema<?> schema = operation.bodies().get(contentType);
            body = body(contentType, schema, random);
            if (random.nextInt(30) == 0) {
                contentType = null;
            }
        }
        if (method.equals("TRACE")) {
            body = null; // as in pathRequest: Payara would read it as the next request
        }
        return new Sent(number, caller, method, path + query, contentType, body, headers);
    }

    /** A body of this type: from the operation's schema (then made hostile here and there), or hostile as a whole. */
    private byte[] body(String contentType, Schema<?> schema, Random random) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (random.nextInt(12) == 0) {
            return FuzzValues.bytes(random);
        }
        if (type.contains("json")) {
            if (schema != null && random.nextInt(3) != 0) {
                String valid = instance("body", schema, random, 0, true);
                return (random.nextBoolean() ? valid : instance("body", schema, random, 0, false)).getBytes(StandardCharsets.UTF_8);
            }
            return FuzzValues.jsonBody(random).getBytes(StandardCharsets.UTF_8);
        }
        if (type.startsWith("text/csv") || (type.startsWith("text/plain") && random.nextBoolean())) {
            return FuzzValues.csv(random).getBytes(StandardCharsets.UTF_8);
        }
        if (type.contains("bibtex") || type.contains("research-info") || type.startsWith("text/plain")) {
            return FuzzValues.bytes(random);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return (random.nextInt(15) == 0 ? "a=" + "x".repeat(2_200_000) : enc(FuzzValues.text(random)) + "=" + enc(FuzzValues.text(random)))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return random.nextBoolean() ? FuzzValues.jsonBody(random).getBytes(StandardCharsets.UTF_8) : FuzzValues.bytes(random);
    }

    /**
     * A JSON instance of the schema: with plausible values where {@code plausible} (the fields' names say what they
     * hold: an organization, a measure, a date...), else with one hostile value in three: the wrong type, a hostile
     * text, a field left out or one added.
     */
    private String instance(String name, Schema<?> schema, Random random, int depth, boolean plausible) {
        if (!plausible && random.nextInt(5) == 0) {
            return FuzzValues.jsonValue(random, depth);
        }
        if (plausible && (random.nextInt(5) != 0 || name.equals("proposedMeasure"))) {
            String known = plausibleJson(name);
            if (known != null) {
                return known;
            }
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return plausible || random.nextBoolean() ? FuzzValues.jsonString(String.valueOf(FuzzValues.pick(random, schema.getEnum())))
                    : FuzzValues.jsonString(FuzzValues.text(random));
        }
        String type = schema.getType() == null ? (schema.getProperties() != null ? "object" : "string") : schema.getType();
        switch (type) {
            case "object" -> {
                Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
                List<String> members = new ArrayList<>();
                for (Map.Entry<String, Schema> property : properties.entrySet()) {
                    if (!plausible && random.nextInt(8) == 0 || depth > 4
                            || plausible && !CORE_FIELDS.contains(property.getKey()) && random.nextInt(3) == 0) {
                        continue;
                    }
                    members.add(FuzzValues.jsonString(property.getKey()) + ":"
                            + instance(property.getKey(), property.getValue(), random, depth + 1, plausible));
                }
                if (!plausible && random.nextInt(6) == 0) {
                    members.add(FuzzValues.jsonString(FuzzValues.text(random)) + ":" + FuzzValues.jsonValue(random, depth + 1));
                }
                return "{" + String.join(",", members) + "}";
            }
            case "array" -> {
                int n = plausible ? 1 + random.nextInt(2) : random.nextInt(4);
                List<String> items = new ArrayList<>();
                for (int i = 0; i < n && depth < 5; i++) {
                    items.add(schema.getItems() == null ? FuzzValues.jsonValue(random, depth + 1)
                            : instance(name, schema.getItems(), random, depth + 1, plausible));
                }
                return "[" + String.join(",", items) + "]";
            }
            case "number", "integer" -> {
                String value = parameterValue(name, schema, random);
                if (plausible) {
                    return value.matches("\\d{1,9}") ? value : String.valueOf(1 + random.nextInt(1000));
                }
                return random.nextBoolean() ? FuzzValues.jsonString(value) : FuzzValues.pick(random, List.of("0", "-1",
                        "1e309", "9223372036854775808", "1.5", "-0", "99999999999999999999", "1e-320", "null", "true", "\"1\""));
            }
            case "boolean" -> {
                return plausible ? String.valueOf(random.nextBoolean()) : FuzzValues.jsonValue(random, depth);
            }
            default -> {
                return FuzzValues.jsonString(plausible ? hinted(name, random) : random.nextInt(3) == 0 ? hinted(name, random)
                        : FuzzValues.text(random));
            }
        }
    }

    /** What a member's script sends for the fields of this name whose shape the schema does not tell, or null. */
    private String plausibleJson(String name) {
        return switch (name) {
            case "authors" -> "[{\"literal\":\"Field team\"}]";
            case "relays" -> "[]";
            case "topics" -> "[\"overseas labour\"]";
            case "citations" -> "[{\"source\":" + ownSource + ",\"locatorType\":\"PAGE\",\"locator\":\"4\",\"stance\":\"SUPPORTS\"}]";
            case "figure" -> "{\"phrase\":\"up to 120,000\",\"qualifier\":\"UP_TO\",\"value\":120000,\"unit\":\"PERSONS\"}";
            case "period" -> "{\"asOf\":\"2024\"}";
            case "proposedMeasure" -> "null";
            default -> null;
        };
    }

    /** A value for a parameter or field of this name: one the server knows (an id, a slug), or a hostile one. */
    private String parameterValue(String name, Schema<?> schema, Random random) {
        if (random.nextInt(3) == 0) {
            return schema != null && "number".equals(schema.getType()) && random.nextBoolean() ? FuzzValues.number(random)
                    : FuzzValues.text(random);
        }
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(FuzzValues.pick(random, schema.getEnum()));
        }
        return hinted(name, random);
    }

    /** A plausible value for a field or parameter named so. */
    private String hinted(String name, Random random) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("id") || n.equals("source") || n.endsWith("id") || n.equals("relays")) {
            return FuzzValues.pick(random, List.of(FuzzValues.pick(random, ids), String.valueOf(ownSource), String.valueOf(ownClaim)));
        }
        if (n.contains("slug") || n.equals("measure")) {
            return FuzzValues.pick(random, slugs);
        }
        if (n.equals("organization") || n.equals("holder")) {
            return random.nextInt(3) == 0 ? FuzzValues.pick(random, organizations) : "tongil-mom";
        }
        if (n.equals("topic") || n.equals("name") && !topics.isEmpty()) {
            return FuzzValues.pick(random, topics);
        }
        if (n.equals("version") || n.equals("n") || n.equals("job") || n.equals("limit") || n.equals("offset") || n.equals("year")) {
            return FuzzValues.pick(random, List.of("0", "1", "2", "3", "10", "100", "2024"));
        }
        if (n.equals("language")) {
            return FuzzValues.pick(random, List.of("en", "ko"));
        }
        if (n.contains("issued") || n.contains("accessed") || n.equals("asof") || n.equals("from") || n.equals("to")) {
            return FuzzValues.pick(random, List.of("2024", "2024-05", "2023-12-31", FuzzValues.date(random)));
        }
        if (n.equals("value") || n.equals("low") || n.equals("high")) {
            return FuzzValues.pick(random, List.of("120000", "1", "80000", "0", FuzzValues.number(random)));
        }
        if (n.equals("q")) {
            return FuzzValues.pick(random, List.of("prison", "탈북", "2019", "population", "defectors camps", FuzzValues.text(random)));
        }
        if (n.equals("dryrun") || n.equals("verifiedonly") || n.equals("othersonly")) {
            return FuzzValues.pick(random, List.of("true", "false"));
        }
        if (n.equals("locatortype")) {
            return FuzzValues.pick(random, List.of("PAGE", "SECTION", "PARAGRAPH"));
        }
        if (n.equals("stance")) {
            return FuzzValues.pick(random, List.of("SUPPORTS", "CONTRADICTS"));
        }
        if (n.equals("qualifier")) {
            return FuzzValues.pick(random, List.of("EXACT", "ABOUT", "BETWEEN", "UP_TO"));
        }
        if (n.equals("unit")) {
            return FuzzValues.pick(random, List.of("PERSONS", "PERCENT"));
        }
        if (n.equals("url")) {
            return FuzzValues.pick(random, List.of("https://example.org/report.pdf", "http://127.0.0.1:1/x", "javascript:alert(1)"));
        }
        if (n.equals("doi")) {
            return FuzzValues.pick(random, List.of("10.1000/xyz123", "10.5555/" + random.nextInt(100_000), "doi:x"));
        }
        if (n.equals("if-match")) {
            return FuzzValues.pick(random, List.of("\"1\"", "*", "W/\"x\"", "\"0\""));
        }
        return "FuzzIT " + FuzzValues.pick(random, List.of("text", "사람", "Field team", "report", "up to 120,000"));
    }

    // ------------------------------------------------------------------ random paths, methods and headers

    private Sent pathRequest(int number, Caller caller, Random random) {
        String path = switch (random.nextInt(5)) {
            case 0 -> FuzzValues.pick(random, List.copyOf(links));
            case 1 -> {
                Page page = FuzzValues.pick(random, pages);
                yield page.path() + pageQuery(page, random, true);
            }
            case 2 -> FuzzValues.pick(random, operations).path().substring(1).replaceAll("\\{[^}]+}", segment(FuzzValues.text(random)));
            default -> mutatedPath(FuzzValues.pick(random, List.copyOf(links)), random);
        };
        String method = random.nextInt(3) == 0 ? FuzzValues.pick(random, METHODS) : "GET";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", FuzzValues.pick(random, FuzzValues.ACCEPTS));
        randomHeaders(headers, random);
        String contentType = null;
        byte[] body = null;
        // never a body with TRACE: Payara Micro answers a TRACE (405) before reading its body, and then reads that body
        // as the next request of the connection (docs/testing.md, "Fuzz harness")
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("TRACE") && random.nextBoolean()) {
            contentType = FuzzValues.pick(random, FuzzValues.CONTENT_TYPES);
            body = body(contentType, null, random);
        }
        return new Sent(number, caller, method, path, contentType, body, headers);
    }

    /** An address made strange: traversal, encodings, matrix parameters, a long or unknown segment. */
    private String mutatedPath(String path, Random random) {
        String bare = path.replaceAll("\\?.*", "");
        return switch (random.nextInt(14)) {
            case 0 -> bare + "/../../WEB-INF/web.xml";
            case 1 -> "%2e%2e/%2e%2e/WEB-INF/web.xml";
            case 2 -> bare + ";jsessionid=" + UUID.randomUUID();
            case 3 -> bare + "/" + segment(FuzzValues.text(random));
            case 4 -> "/" + bare;
            case 5 -> bare + "%2f..%2f" + "WEB-INF";
            case 6 -> "a/".repeat(random.nextInt(3000)) + bare;
            case 7 -> bare + "?" + "x=" + "y".repeat(random.nextInt(20_000));
            case 8 -> bare.replace(".xhtml", ".XHTML");
            case 9 -> "WEB-INF/" + FuzzValues.pick(random, List.of("web.xml", "faces-config.xml", "layout/main.xhtml", "beans.xml"));
            case 10 -> "jakarta.faces.resource/" + segment(FuzzValues.text(random)) + ".xhtml?ln=" + enc(FuzzValues.text(random));
            case 11 -> bare + "?" + "a=1&".repeat(random.nextInt(12_000));
            case 12 -> segment(FuzzValues.text(random)) + ".xhtml";
            default -> bare + "?" + enc(FuzzValues.text(random)) + "=" + enc(FuzzValues.text(random));
        };
    }

    /** A query string for a page: its view parameters, with plausible or hostile values. */
    private String pageQuery(Page page, Random random, boolean hostile) {
        StringBuilder query = new StringBuilder();
        for (String parameter : page.parameters()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String value = hostile && random.nextBoolean() ? FuzzValues.text(random) : hinted(parameter, random);
            query.append(query.length() == 0 ? "?" : "&").append(enc(parameter)).append('=').append(enc(value));
        }
        if (hostile && random.nextInt(5) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append(FuzzValues.pick(random, List.of("jakarta.faces.ViewState=1",
                    "lang=ko", "lang=" + enc(FuzzValues.text(random)), "jakarta.faces.Token=x", "ln=" + enc(FuzzValues.text(random)))));
        }
        return query.toString();
    }

    /** Headers a client may send wrong: languages, types, validators, ranges, credentials, origins, encodings. */
    private static void randomHeaders(Map<String, String> headers, Random random) {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            switch (random.nextInt(14)) {
                case 0, 1 -> headers.put("Accept-Language", FuzzValues.pick(random, FuzzValues.LANGUAGES));
                case 2 -> headers.put("Accept", FuzzValues.pick(random, FuzzValues.ACCEPTS));
                case 3 -> headers.put("If-None-Match", FuzzValues.pick(random, List.of("*", "\"x\"", "W/\"1\"", "garbage", "\"", ",,,")));
                case 4 -> headers.put("If-Modified-Since", FuzzValues.pick(random, List.of("garbage", "Sun, 06 Dec 2099 18:00:00 GMT",
                        "Thu, 01 Jan 1970 00:00:00 GMT", "0", "-1", "Mon, 32 Foo 2024 99:99:99 GMT")));
                case 5 -> headers.put("Range", FuzzValues.pick(random, List.of("bytes=0-1", "bytes=-1", "bytes=5-2", "bytes=0-1,2-3,4-5",
                        "pages=1", "bytes=99999999999999999999-")));
                case 6 -> headers.put("Authorization", FuzzValues.pick(random, List.of("Bearer ", "Bearer cbt_" + "A".repeat(43),
                        "Bearer " + "x".repeat(5000), "Basic YWRtaW46YWRtaW4=", "Basic !!!", "Digest x", "bearer", "Bearer cbt_")));
                case 7 -> headers.put("Cookie", FuzzValues.pick(random, List.of("JSESSIONID=" + UUID.randomUUID(), "JSESSIONID=",
                        "JSESSIONID=;JSESSIONID=x", "a=" + "b".repeat(3000), "=;=;=")));
                case 8 -> headers.put("Origin", FuzzValues.pick(random, List.of("http://evil.invalid", "null", "http://localhost", "garbage")));
                case 9 -> headers.put("Referer", FuzzValues.pick(random, List.of("http://evil.invalid/", "garbage", "http://[::1")));
                case 10 -> headers.put("Content-Encoding", FuzzValues.pick(random, List.of("gzip", "br", "deflate", "identity", "x")));
                case 11 -> headers.put("X-HTTP-Method-Override", FuzzValues.pick(random, List.of("DELETE", "PUT", "PATCH", "FOO")));
                case 12 -> headers.put("Faces-Request", "partial/ajax");
                default -> headers.put("X-Forwarded-" + FuzzValues.pick(random, List.of("For", "Host", "Proto", "Port")),
                        headerValue(FuzzValues.text(random)));
            }
        }
    }

    // ------------------------------------------------------------------ what the harness reads before it starts

    private void prepare() throws IOException {
        HttpResponse<String> document = Http.get(base, "openapi", "*/*", WebClient.platformAdminToken(base));
        assertTrue(document.statusCode() == 200, "a platform admin reads the OpenAPI document: " + document.statusCode());
        operations = operations(document.body());
        assertTrue(operations.size() > 30, "the OpenAPI document describes the API: " + operations.size() + " operations");
        pages = pagesOfTheWar();
        assertFalse(pages.isEmpty(), "the WAR's pages");

        Contributions contributions = new Contributions(base);
        // a token of this run (an account has at most 20), of an account no other class uses
        memberToken = contributions.token(MEMBER);
        ownSource = contributions.source(MEMBER, "tongil-mom", "FuzzIT " + UUID.randomUUID() + " source", "PUBLIC", null);
        ownClaim = contributions.draft(MEMBER, "tongil-mom", "nk-population", "FuzzIT draft", ownSource, null);
        for (JsonObject measure : items(Http.json(Http.get(base, "api/v1/measures?limit=500")).getJsonArray("items"))) {
            ids.add(String.valueOf(measure.getJsonNumber("id").longValue()));
            slugs.add(measure.getString("slug"));
        }
        for (JsonObject source : items(Http.json(Http.get(base, "api/v1/sources?limit=100")).getJsonArray("items"))) {
            ids.add(String.valueOf(source.getJsonNumber("id").longValue()));
        }
        for (JsonObject claim : items(Http.json(Http.get(base, "api/v1/home")).getJsonArray("claims"))) {
            ids.add(String.valueOf(claim.getJsonNumber("id").longValue()));
        }
        for (JsonObject organization : items(jakarta.json.Json.createReader(new java.io.StringReader(
                Http.get(base, "api/v1/organizations").body())).readArray())) {
            organizations.add(organization.getString("slug"));
        }
        for (JsonObject topic : items(jakarta.json.Json.createReader(new java.io.StringReader(
                Http.get(base, "api/v1/topics").body())).readArray())) {
            topics.add(topic.getString("name"));
        }
        ids.addAll(List.of(String.valueOf(ownSource), String.valueOf(ownClaim)));
        // the links of the pages a reader and the member see first
        WebClient member = WebClient.signedIn(base, MEMBER);
        for (String page : List.of("", "search.xhtml?q=prison", "sources.xhtml", "measures/nk-population", "contribute/my-items.xhtml",
                "organizations/tongil-mom", "claims/" + ownClaim, "contribute/source-edit.xhtml?id=" + ownSource)) {
            HttpResponse<String> answer = member.get(page);
            if (answer.statusCode() == 200) {
                links.addAll(FuzzForms.links(base(), page, answer.body()));
            }
        }
        links.removeIf(link -> link.startsWith("metrics") || link.startsWith("openapi"));
        links.add("");
    }

    /** Every operation of the OpenAPI document, with its parameters and request bodies' schemas (references resolved). */
    private static List<ApiOperation> operations(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                Map<String, Schema<?>> bodies = new LinkedHashMap<>();
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    for (Map.Entry<String, MediaType> content : operation.getRequestBody().getContent().entrySet()) {
                        bodies.put(content.getKey(), content.getValue().getSchema());
                    }
                }
                List<Parameter> parameters = new ArrayList<>(path.getValue().getParameters() == null ? List.of() : path.getValue().getParameters());
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
                operations.add(new ApiOperation(entry.getKey().name(), path.getKey(), parameters, bodies));
            }
        }
        return operations;
    }

    /** The pages of the WAR under test (outside WEB-INF) and the view parameters each reads. */
    private static List<Page> pagesOfTheWar() throws IOException {
        List<Page> pages = new ArrayList<>();
        String war = System.getProperty("kb.it.war", "");
        if (!war.isBlank() && Files.isRegularFile(Path.of(war))) {
            try (ZipFile zip = new ZipFile(war)) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String name = entry.getName();
                    if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            pages.add(page(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        } else {
            Path webapp = Path.of("../kb-web/src/main/webapp");
            try (var files = Files.walk(webapp)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                    String name = webapp.relativize(file).toString().replace('\\', '/');
                    if (!name.startsWith("WEB-INF/")) {
                        pages.add(page(name, Files.readString(file)));
                    }
                }
            }
        }
        pages.removeIf(p -> p.path().startsWith("account/")); // the member's password and tokens stay as they are
        return pages;
    }

    private static Page page(String name, String source) {
        List<String> parameters = new ArrayList<>();
        Matcher m = VIEW_PARAM.matcher(source);
        while (m.find()) {
            parameters.add(m.group(1));
        }
        boolean members = name.startsWith("contribute/") || name.startsWith("review/") || name.startsWith("admin/");
        return new Page(name, parameters, members);
    }

    // ------------------------------------------------------------------ helpers

    private URI base() {
        return URI.create(base.toString());
    }

    private static String database() {
        if (!System.getProperty("kb.it.url", "").isBlank()) {
            return "a running server";
        }
        String url = System.getenv().getOrDefault("KB_DB_URL", "");
        return url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
    }

    private static List<JsonObject> items(jakarta.json.JsonArray array) {
        return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonObject.class::cast).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A value as one segment of a path: percent-encoded, a space as %20. */
    private static String segment(String s) {
        return enc(s).replace("+", "%20");
    }

    /** A header value java.net.http will send: visible ASCII, at most 8,000 characters. */
    private static String headerValue(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return shorten(out.toString().trim(), 8000);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...(" + s.length() + " chars)";
    }
}
