package org.corroborate.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public readers against a running application: N concurrent readers (each one browser: its own HTTP client and
 * cookies) for a while after a warm-up, on a mix of measure pages, claim pages, the read API and search, with ids
 * and slugs picked at random from the synthetic knowledge base ({@link SyntheticKnowledgeBase}); then the same load
 * on a static file of about a measure page's size, served by the same server, as the ceiling. Prints requests,
 * errors, throughput and latency percentiles per kind, and the server's heap. Not a test: a {@code main}, run by the
 * {@code bench} profile (see kb-it/pom.xml and the README).
 *
 * <p>Environment: {@code KB_BENCH_URL} (default http://localhost:8080/), {@code KB_BENCH_READERS} (32),
 * {@code KB_BENCH_SECONDS} (30), {@code KB_BENCH_WARMUP_SECONDS} (10), {@code KB_BENCH_PID} (the server's process, for
 * {@code jcmd GC.heap_info} when the server has no metrics), {@code KB_BENCH_ADMIN_TOKEN} (a platform admin's
 * personal API token, to read the heap from {@code /metrics}), {@code KB_BENCH_STATIC} (a path to use as the static
 * ceiling instead of the closest in size). With {@code KB_DB_URL} (and {@code KB_DB_USER}, {@code KB_DB_PASSWORD}) ids
 * are read from the database, and {@code KB_BENCH_CLAIMS} first makes the synthetic knowledge base that size;
 * without {@code KB_DB_URL}, ids are read from the API.
 */
public final class ReaderBenchmark {

    enum Kind {
        MEASURE_PAGE("measure page", 30), CLAIM_PAGE("claim page", 30), API_MEASURE("api measure", 15),
        API_CLAIM("api claim", 15), SEARCH("search", 10), STATIC("static file", 0);

        final String label;
        final int weight;

        Kind(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }
    }

    private static final String[] SEARCH_TERMS = {"prison", "China", "defectors", "food aid", "stunted", "forced labour", "orphanages",
            "abductees", "kwanliso", "trafficked", "repatriated", "between 50,000", "중국", "탈북민", "수용소", "식량", "강제노동", "납북자"};

    private final URI base;
    private final int readers;
    private final int seconds;
    private final int warmUpSeconds;
    private final List<Long> measureIds = new ArrayList<>();
    private final List<String> measureSlugs = new ArrayList<>();
    private final List<Long> claimIds = new ArrayList<>();
    private final ExecutorService clientExecutor;
    private boolean searchAvailable;
    private String staticPath;

    private ReaderBenchmark(URI base, int readers, int seconds, int warmUpSeconds) {
        this.base = base;
        this.readers = readers;
        this.seconds = seconds;
        this.warmUpSeconds = warmUpSeconds;
        this.clientExecutor = Executors.newFixedThreadPool(Math.max(2, readers), daemon("http-client"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String url = env.getOrDefault("KB_BENCH_URL", "http://localhost:8080/");
        ReaderBenchmark bench = new ReaderBenchmark(URI.create(url.endsWith("/") ? url : url + "/"),
                Integer.parseInt(env.getOrDefault("KB_BENCH_READERS", "32")),
                Integer.parseInt(env.getOrDefault("KB_BENCH_SECONDS", "30")),
                Integer.parseInt(env.getOrDefault("KB_BENCH_WARMUP_SECONDS", "10")));
        try {
            bench.run(env);
        } finally {
            bench.clientExecutor.shutdownNow();
        }
    }

    private void run(Map<String, String> env) throws Exception {
        print("readers' benchmark against %s: %d readers, %d s warm-up, %d s measured per phase", base, readers, warmUpSeconds, seconds);
        String dbUrl = env.get("KB_DB_URL");
        if (env.containsKey("KB_BENCH_CLAIMS")) {
            SyntheticKnowledgeBase.generate(Long.parseLong(env.get("KB_BENCH_CLAIMS").strip().replace("_", "")));
        }
        HttpClient probe = client();
        if (dbUrl != null && !dbUrl.isBlank()) {
            idsFromDatabase(dbUrl, env.getOrDefault("KB_DB_USER", "postgres"), env.getOrDefault("KB_DB_PASSWORD", ""));
        } else {
            idsFromApi(probe);
        }
        if (measureIds.isEmpty() || claimIds.isEmpty()) {
            throw new IllegalStateException("No synthetic measures or verified claims found: generate them first (KB_BENCH_CLAIMS).");
        }
        print("picking at random among %,d measures and %,d verified claims", measureIds.size(), claimIds.size());

        HttpResponse<byte[]> search = get(probe, "api/v1/search?q=prison");
        searchAvailable = search.statusCode() != 404;
        if (!searchAvailable) {
            print("search: not available (GET /api/v1/search answers 404); left out of the mix");
        }
        Heap before = heap(probe, env.get("KB_BENCH_PID"));
        print("server heap before: %s", before);

        // warm-up on the mix, then the measured mix
        phase(null, warmUpSeconds);
        long pageBytes = averageSize(probe, Kind.MEASURE_PAGE, 20);
        HeapSampler sampler = new HeapSampler(probe, env.get("KB_BENCH_PID"));
        sampler.start();
        Map<Kind, Recorder> mix = phase(null, seconds);
        sampler.stop();
        Heap after = heap(probe, env.get("KB_BENCH_PID"));

        // the ceiling: the same load on a static file of about a measure page's size
        staticPath = env.getOrDefault("KB_BENCH_STATIC", "");
        long staticBytes = staticPath.isBlank() ? chooseStatic(probe, pageBytes) : size(probe, staticPath);
        print("static ceiling: %s, %,d bytes; a measure page averages %,d bytes (difference %+,d bytes, %+.0f%%)",
                staticPath, staticBytes, pageBytes, staticBytes - pageBytes, 100.0 * (staticBytes - pageBytes) / pageBytes);
        phase(Kind.STATIC, Math.min(5, warmUpSeconds));
        Map<Kind, Recorder> ceiling = phase(Kind.STATIC, seconds);

        // each kind alone, with every reader on it, to set beside the ceiling
        Map<Kind, Recorder> alone = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            if (kind != Kind.STATIC && (kind != Kind.SEARCH || searchAvailable)) {
                phase(kind, Math.min(5, warmUpSeconds));
                alone.put(kind, phase(kind, seconds).get(kind));
            }
        }

        print("");
        print("The mix (%d readers, each request's kind picked at random by weight):", readers);
        header();
        long total = 0;
        long errors = 0;
        for (Kind kind : Kind.values()) {
            Recorder r = mix.get(kind);
            if (kind == Kind.STATIC || (kind == Kind.SEARCH && !searchAvailable)) {
                continue;
            }
            r.print(kind.label, seconds);
            total += r.count();
            errors += r.errors.get();
        }
        print("%-13s %9d %7d %9.1f", "mix total", total, errors, (double) total / seconds);
        print("");
        print("Each kind alone (%d readers on it), and the static file as the ceiling:", readers);
        header();
        Recorder staticFile = ceiling.get(Kind.STATIC);
        for (Map.Entry<Kind, Recorder> e : alone.entrySet()) {
            e.getValue().print(e.getKey().label, seconds);
        }
        staticFile.print(Kind.STATIC.label, seconds);
        print("");
        for (Map.Entry<Kind, Recorder> e : alone.entrySet()) {
            print("%-13s %5.0f%% of the static file's throughput", e.getKey().label,
                    100.0 * e.getValue().count() / Math.max(1, staticFile.count()));
        }
        print("");
        print("server heap: before %s; during the mix max used %s (%d samples); after %s", before, mb(sampler.maxUsed), sampler.samples, after);
    }

    private static void header() {
        print("%-13s %9s %7s %9s %9s %9s %9s %9s %10s", "kind", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "avg bytes");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Runs every reader for {@code duration} seconds on the one kind, or on the mix when {@code only} is null. */
    private Map<Kind, Recorder> phase(Kind only, int duration) throws InterruptedException {
        List<Kind> mix = new ArrayList<>();
        if (only != null) {
            mix.add(only);
        } else {
            for (Kind k : Kind.values()) {
                if (k.weight > 0 && (k != Kind.SEARCH || searchAvailable)) {
                    for (int i = 0; i < k.weight; i++) {
                        mix.add(k);
                    }
                }
            }
        }
        Map<Kind, Recorder> recorders = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            recorders.put(k, new Recorder());
        }
        ExecutorService pool = Executors.newFixedThreadPool(readers, daemon("reader"));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(duration);
        for (int i = 0; i < readers; i++) {
            pool.execute(() -> {
                HttpClient client = client(); // one browser per reader: its own connections and cookies
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    Kind kind = mix.get(random.nextInt(mix.size()));
                    String path = path(kind, random);
                    Recorder r = recorders.get(kind);
                    long started = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = get(client, path);
                        long nanos = System.nanoTime() - started;
                        r.record(nanos, response.body().length, response.statusCode() != 200);
                    } catch (IOException e) {
                        r.record(System.nanoTime() - started, 0, true);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return recorders;
    }

    private String path(Kind kind, ThreadLocalRandom random) {
        return switch (kind) {
            case MEASURE_PAGE -> "measures/" + measureSlugs.get(random.nextInt(measureSlugs.size()));
            case CLAIM_PAGE -> "claims/" + claimIds.get(random.nextInt(claimIds.size()));
            case API_MEASURE -> "api/v1/measures/" + measureIds.get(random.nextInt(measureIds.size()));
            case API_CLAIM -> "api/v1/claims/" + claimIds.get(random.nextInt(claimIds.size()));
            case SEARCH -> "api/v1/search?q=" + URLEncoder.encode(SEARCH_TERMS[random.nextInt(SEARCH_TERMS.length)], StandardCharsets.UTF_8);
            case STATIC -> staticPath.startsWith("/") ? staticPath.substring(1) : staticPath;
        };
    }

    private HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager())
                .executor(clientExecutor)
                .build();
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en")
                .GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private long size(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(client, path);
        return r.statusCode() == 200 ? r.body().length : -1;
    }

    private long averageSize(HttpClient client, Kind kind, int samples) throws IOException, InterruptedException {
        long sum = 0;
        for (int i = 0; i < samples; i++) {
            sum += Math.max(0, size(client, path(kind, ThreadLocalRandom.current())));
        }
        return sum / samples;
    }

    /**
     * Among the static resources a measure page links (PrimeFaces and the application's style sheets, through the
     * Faces resource handler, and the application's own files straight from the WAR under /resources), the one
     * closest in size to a measure page.
     */
    private long chooseStatic(HttpClient client, long pageBytes) throws IOException, InterruptedException {
        String page = new String(get(client, path(Kind.MEASURE_PAGE, ThreadLocalRandom.current())).body(), StandardCharsets.UTF_8);
        Set<String> candidates = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page);
        while (m.find()) {
            String resource = m.group(1).replace("&amp;", "&");
            candidates.add(resource);
            Matcher own = Pattern.compile("^/jakarta\\.faces\\.resource/(css/[^?]+)\\.xhtml$").matcher(resource);
            if (own.find()) {
                candidates.add("/resources/" + own.group(1)); // the same file from the WAR, by the default servlet
            }
        }
        long best = -1;
        for (String candidate : candidates) {
            long size = size(client, candidate);
            print("  static candidate %-90s %,9d bytes", candidate, size);
            if (size > 0 && (best < 0 || Math.abs(size - pageBytes) < Math.abs(best - pageBytes))) {
                best = size;
                staticPath = candidate;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("No static resource found on a measure page.");
        }
        return best;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void idsFromDatabase(String url, String user, String password) throws SQLException {
        long b = SyntheticKnowledgeBase.ID_BASE;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id, slug FROM measure WHERE id >= " + b + " ORDER BY id")) {
                while (r.next()) {
                    measureIds.add(r.getLong(1));
                    measureSlugs.add(r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM claim WHERE id >= " + b + " AND status = 'VERIFIED' ORDER BY id")) {
                while (r.next()) {
                    claimIds.add(r.getLong(1));
                }
            }
        }
    }

    /** Without database access: the measures from the paged list, the claims from 200 random measures. */
    private void idsFromApi(HttpClient client) throws IOException, InterruptedException {
        Pattern item = Pattern.compile("\"id\":(\\d+),\"slug\":\"([^\"]+)\"");
        for (int offset = 0; ; offset += 500) {
            String json = new String(get(client, "api/v1/measures?limit=500&offset=" + offset).body(), StandardCharsets.UTF_8);
            Matcher m = item.matcher(json);
            int found = 0;
            while (m.find()) {
                measureIds.add(Long.valueOf(m.group(1)));
                measureSlugs.add(m.group(2));
                found++;
            }
            if (found == 0) {
                break;
            }
        }
        Pattern claim = Pattern.compile("\\{\"id\":(\\d+),\"statement\"");
        for (int i = 0; i < Math.min(200, measureIds.size()); i++) {
            long id = measureIds.get(ThreadLocalRandom.current().nextInt(measureIds.size()));
            Matcher m = claim.matcher(new String(get(client, "api/v1/measures/" + id).body(), StandardCharsets.UTF_8));
            while (m.find()) {
                claimIds.add(Long.valueOf(m.group(1)));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    record Heap(long used, long committed, long max, String source) {
        @Override
        public String toString() {
            return used < 0 ? "not available (" + source + ")"
                    : String.format(Locale.ROOT, "used %s of %s committed, max %s (%s)", mb(used), mb(committed), mb(max), source);
        }
    }

    private Heap heap(HttpClient client, String pid) {
        try {
            // /metrics is for platform admins: KB_BENCH_ADMIN_TOKEN is one's personal API token
            String token = System.getenv("KB_BENCH_ADMIN_TOKEN");
            HttpRequest.Builder metrics = HttpRequest.newBuilder(base.resolve("metrics?scope=base")).timeout(Duration.ofSeconds(60));
            if (token != null && !token.isBlank()) {
                metrics.header("Authorization", "Bearer " + token.strip());
            }
            HttpResponse<byte[]> r = client.send(metrics.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 200) {
                String text = new String(r.body(), StandardCharsets.UTF_8);
                long used = metric(text, "memory_usedHeap_bytes");
                if (used >= 0) {
                    return new Heap(used, metric(text, "memory_committedHeap_bytes"), metric(text, "memory_maxHeap_bytes"), "/metrics?scope=base");
                }
            }
        } catch (IOException | InterruptedException e) {
            // try jcmd
        }
        if (pid != null && !pid.isBlank()) {
            try {
                Process p = new ProcessBuilder("jcmd", pid.strip(), "GC.heap_info").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(30, TimeUnit.SECONDS);
                // G1: "garbage-first heap   total 262144K, used 123456K"
                Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out);
                if (m.find()) {
                    return new Heap(Long.parseLong(m.group(2)) * 1024, Long.parseLong(m.group(1)) * 1024, -1, "jcmd " + pid.strip() + " GC.heap_info");
                }
            } catch (IOException | InterruptedException e) {
                return new Heap(-1, -1, -1, "jcmd failed: " + e.getMessage());
            }
        }
        return new Heap(-1, -1, -1, "no /metrics (KB_BENCH_ADMIN_TOKEN) and no KB_BENCH_PID");
    }

    private static long metric(String prometheus, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$").matcher(prometheus);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
    }

    /** Samples the used heap once a second while the mix runs. */
    private final class HeapSampler {
        private final HttpClient client;
        private final String pid;
        private volatile boolean running = true;
        private final Thread thread;
        volatile long maxUsed = -1;
        volatile int samples;

        HeapSampler(HttpClient client, String pid) {
            this.client = client;
            this.pid = pid;
            this.thread = new Thread(this::loop, "heap-sampler");
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join(5_000);
        }

        private void loop() {
            while (running) {
                Heap h = heap(client, pid);
                if (h.used() >= 0) {
                    maxUsed = Math.max(maxUsed, h.used());
                    samples++;
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Latencies of one kind, from every reader. */
    static final class Recorder {
        private long[] nanos = new long[1 << 14];
        private int n;
        private long bytes;
        final AtomicLong errors = new AtomicLong();

        synchronized void record(long latency, long size, boolean error) {
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = latency;
            bytes += size;
            if (error) {
                errors.incrementAndGet();
            }
        }

        synchronized int count() {
            return n;
        }

        synchronized void print(String label, int seconds) {
            print(label, (double) seconds);
        }

        /** One line: requests, errors, requests per second over {@code seconds}, percentiles, average size. */
        synchronized void print(String label, double seconds) {
            if (n == 0) {
                ReaderBenchmark.print("%-13s %9d", label, 0);
                return;
            }
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            ReaderBenchmark.print("%-13s %9d %7d %9.1f %9.1f %9.1f %9.1f %9.1f %,10d", label, n, errors.get(), n / seconds,
                    ms(at(sorted, 0.50)), ms(at(sorted, 0.95)), ms(at(sorted, 0.99)), ms(sorted[n - 1]), bytes / n);
        }

        /** The 95th percentile in milliseconds (0 without requests). */
        synchronized double p95() {
            if (n == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            return ms(at(sorted, 0.95));
        }

        /** Adds every latency, byte and error of this one to another. */
        synchronized void copyTo(Recorder other) {
            for (int i = 0; i < n; i++) {
                other.record(nanos[i], 0, false);
            }
            other.bytes += bytes;
            other.errors.addAndGet(errors.get());
        }

        private static long at(long[] sorted, double quantile) {
            return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1))];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong counter = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static void print(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
