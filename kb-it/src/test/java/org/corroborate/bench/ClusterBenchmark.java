package org.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.corroborate.bench.ReaderBenchmark.print;

/**
 * Readers against a cluster (nginx in front of Payara Micro nodes, {@code ops/cluster-up}), in one run: a plain
 * static file through the front (the ceiling), kept public pages through the front, the same pages from one node
 * directly, cold pages (never asked for before) through the front; then how long a change takes to reach the front
 * (from the editor's answer to the first reader seeing the new page, p50/p95); then, with {@code KB_BENCH_RESTART},
 * every node restarted and the first minute of readers through the front. For each phase it prints the CPU time
 * the nodes (and the front) spent per request, read from {@code /proc}. Not a test: a {@code main}, run by the
 * {@code bench} profile (docs/benchmarks.md).
 *
 * <p>Environment: {@code KB_BENCH_FRONT} (the front's URL), {@code KB_BENCH_NODES} (the nodes' URLs, comma
 * separated), {@code KB_BENCH_PID_FILES} (the nodes' PID files, same order) and {@code KB_BENCH_FRONT_PID_FILE},
 * {@code KB_BENCH_STATIC_DIR} (the directory the front serves at {@code /_front/}; the benchmark writes there a file
 * of a measure page's size) or {@code KB_BENCH_STATIC} (a path on the front), {@code KB_BENCH_READERS} (16),
 * {@code KB_BENCH_SECONDS} (20), {@code KB_BENCH_PAGES} (kept pages, 2000), {@code KB_BENCH_CHANGES} (20),
 * {@code KB_BENCH_RESTART} (a shell command restarting every node, returning once they are ready),
 * {@code KB_BENCH_EDITOR} and {@code KB_BENCH_PASSWORD} (a demo editor, for the changes), {@code KB_DB_URL},
 * {@code KB_DB_USER}, {@code KB_DB_PASSWORD} (to read the synthetic knowledge base's ids; {@code KB_BENCH_CLAIMS}
 * first makes it that size).
 */
public final class ClusterBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI front;
    private final List<URI> nodes;
    private final List<Path> pidFiles;
    private final Path frontPidFile;
    private final int readers;
    private final int seconds;
    private final ExecutorService clientExecutor;
    private final HttpClient http;
    private final List<String> measureSlugs = new ArrayList<>();
    private final List<Long> claimIds = new ArrayList<>();

    private ClusterBenchmark(Map<String, String> env) {
        this.front = uri(env.getOrDefault("KB_BENCH_FRONT", "http://127.0.0.1:8330/"));
        this.nodes = Arrays.stream(env.getOrDefault("KB_BENCH_NODES", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(ClusterBenchmark::uri).toList();
        this.pidFiles = Arrays.stream(env.getOrDefault("KB_BENCH_PID_FILES", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
        String frontPid = env.getOrDefault("KB_BENCH_FRONT_PID_FILE", "").strip();
        this.frontPidFile = frontPid.isEmpty() ? null : Path.of(frontPid);
        this.readers = Integer.parseInt(env.getOrDefault("KB_BENCH_READERS", "16"));
        this.seconds = Integer.parseInt(env.getOrDefault("KB_BENCH_SECONDS", "20"));
        this.clientExecutor = Executors.newFixedThreadPool(Math.max(2, readers), daemon("http-client"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(clientExecutor).build();
    }

    public static void main(String[] args) throws Exception {
        ClusterBenchmark bench = new ClusterBenchmark(System.getenv());
        try {
            bench.run(System.getenv());
        } finally {
            bench.clientExecutor.shutdownNow();
        }
    }

    private void run(Map<String, String> env) throws Exception {
        if (nodes.isEmpty()) {
            throw new IllegalStateException("KB_BENCH_NODES names no node (the nodes' URLs, comma separated)");
        }
        print("cluster benchmark: front %s, nodes %s, %d readers, %d s per phase", front, nodes, readers, seconds);
        if (env.containsKey("KB_BENCH_CLAIMS")) {
            SyntheticKnowledgeBase.generate(Long.parseLong(env.get("KB_BENCH_CLAIMS").strip().replace("_", "")));
        }
        ids(env.get("KB_DB_URL"), env.getOrDefault("KB_DB_USER", "postgres"), env.getOrDefault("KB_DB_PASSWORD", ""));
        int pages = Integer.parseInt(env.getOrDefault("KB_BENCH_PAGES", "2000"));
        List<String> all = new ArrayList<>();
        measureSlugs.forEach(s -> all.add("measures/" + s));
        claimIds.forEach(c -> all.add("claims/" + c));
        Collections.shuffle(all, new java.util.Random(16));
        if (all.size() < 2 * pages) {
            pages = all.size() / 2;
        }
        List<String> kept = List.copyOf(all.subList(0, pages));
        List<String> cold = List.copyOf(all.subList(pages, Math.min(all.size(), 2 * pages)));
        print("%,d measures and %,d verified claims; %,d pages to keep, %,d others for the cold phase",
                measureSlugs.size(), claimIds.size(), kept.size(), cold.size());

        String staticPath = staticFile(env, kept);

        header();
        once("fill the front", front, kept);
        Phase ceiling = phase("static file, front", front, () -> staticPath);
        Phase atFront = phase("kept pages, front", front, () -> pick(kept));
        Phase atNode = phase("same pages, node 1", nodes.get(0), () -> pick(kept));
        Phase coldAtFront = once("cold pages, front", front, cold);
        print("");
        print("kept pages through the front: %.0f%% of the static file's throughput; one node directly: %.0f%%",
                100.0 * atFront.perSecond() / ceiling.perSecond(), 100.0 * atNode.perSecond() / ceiling.perSecond());
        print("cold pages: p95 %.1f ms against %.1f ms for kept ones", coldAtFront.recorder().p95(), atFront.recorder().p95());

        int changes = Integer.parseInt(env.getOrDefault("KB_BENCH_CHANGES", "20"));
        if (changes > 0) {
            invalidation(changes, kept, env.getOrDefault("KB_BENCH_EDITOR", "hrnk-editor"),
                    env.getOrDefault("KB_BENCH_PASSWORD", "demo-password-2026"));
        }

        String restart = env.getOrDefault("KB_BENCH_RESTART", "").strip();
        if (!restart.isEmpty()) {
            print("");
            print("restarting every node: %s", restart);
            long started = System.nanoTime();
            Process p = new ProcessBuilder("bash", "-c", restart).inheritIO().start();
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("the restart command failed or did not end: " + restart);
            }
            print("nodes ready again after %.1f s; the first minute of readers through the front:",
                    (System.nanoTime() - started) / 1e9);
            header();
            for (int i = 1; i <= 6; i++) {
                phase(String.format(Locale.ROOT, "restart +%ds", i * 10), front, () -> pick(kept), 10);
            }
            header();
            phase("after restart, 60 s", front, () -> pick(kept), 0);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** What one phase measured: the latencies, the requests per second, the nodes' and the front's CPU. */
    record Phase(ReaderBenchmark.Recorder recorder, double perSecond) {
    }

    private final List<ReaderBenchmark.Recorder> lastMinute = new ArrayList<>();

    private Phase phase(String label, URI base, Supplier<String> paths) throws InterruptedException {
        return phase(label, base, paths, seconds);
    }

    /**
     * Every reader asks for {@code paths} for {@code duration} seconds; a duration of 0 prints the readers of the
     * restart's minute together (the phases just before).
     */
    private Phase phase(String label, URI base, Supplier<String> paths, int duration) throws InterruptedException {
        if (duration == 0) {
            ReaderBenchmark.Recorder all = new ReaderBenchmark.Recorder();
            lastMinute.forEach(r -> r.copyTo(all));
            all.print(label, 60);
            return new Phase(all, all.count() / 60.0);
        }
        ReaderBenchmark.Recorder recorder = new ReaderBenchmark.Recorder();
        Cpu before = cpu();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(readers, daemon("reader"));
        long end = started + TimeUnit.SECONDS.toNanos(duration);
        for (int i = 0; i < readers; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    read(base, paths.get(), recorder);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        recorder.print(label, elapsed);
        cpu().since(before).print(recorder.count());
        if (label.startsWith("restart +")) {
            lastMinute.add(recorder);
        }
        return new Phase(recorder, recorder.count() / elapsed);
    }

    /** Each of the addresses once, by every reader taking the next one. */
    private Phase once(String label, URI base, List<String> paths) throws InterruptedException {
        ReaderBenchmark.Recorder recorder = new ReaderBenchmark.Recorder();
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(paths);
        Cpu before = cpu();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(readers, daemon("reader"));
        for (int i = 0; i < readers; i++) {
            pool.execute(() -> {
                String path;
                while ((path = queue.poll()) != null) {
                    read(base, path, recorder);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        recorder.print(label, elapsed);
        cpu().since(before).print(recorder.count());
        return new Phase(recorder, recorder.count() / elapsed);
    }

    private void read(URI base, String path, ReaderBenchmark.Recorder recorder) {
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            recorder.record(System.nanoTime() - started, r.body().length, r.statusCode() != 200);
        } catch (IOException e) {
            recorder.record(System.nanoTime() - started, 0, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String pick(List<String> paths) {
        return paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
    }

    private static void header() {
        print("%-22s %9s %7s %9s %9s %9s %9s %9s %10s", "phase", "requests", "errors", "req/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "avg bytes");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * An editor renames measures whose pages the front keeps, on each node in turn; a reader asks the front for the
     * page every 10 ms until it shows the new name. The delay runs from the editor's answer (the change is committed)
     * to the first answer with the new name.
     */
    private void invalidation(int changes, List<String> kept, String editor, String password) throws Exception {
        List<String> slugs = kept.stream().filter(p -> p.startsWith("measures/")).map(p -> p.substring(9)).toList();
        if (slugs.isEmpty()) {
            return;
        }
        String token = org.corroborate.it.BenchAccounts.apiToken(nodes.get(0).toURL(), editor, password);
        long[] delays = new long[changes];
        for (int i = 0; i < changes; i++) {
            String slug = slugs.get(i % slugs.size());
            URI node = nodes.get(i % nodes.size());
            HttpResponse<String> details = http.send(HttpRequest.newBuilder(node.resolve("api/v1/measures/" + slug + "/details"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (details.statusCode() != 200) {
                throw new IllegalStateException("details of " + slug + ": " + details.statusCode() + " " + details.body());
            }
            JsonNode measure = JSON.readTree(details.body());
            String name = measure.path("name").asText().replaceAll(" \\(change \\d+\\)$", "") + " (change " + (i + 1) + ")";
            ObjectNode body = JSON.createObjectNode();
            for (String field : List.of("nameKo", "definition", "definitionKo", "place", "placeKo", "topic", "topicKo")) {
                if (measure.hasNonNull(field)) {
                    body.put(field, measure.get(field).asText());
                }
            }
            body.put("name", name);
            HttpResponse<String> renamed = http.send(HttpRequest.newBuilder(node.resolve("api/v1/measures/" + slug + "/wording"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("If-Match", details.headers().firstValue("ETag").orElseThrow())
                    .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            long committed = System.nanoTime();
            if (renamed.statusCode() != 200) {
                throw new IllegalStateException("renaming " + slug + ": " + renamed.statusCode() + " " + renamed.body());
            }
            String expected = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            while (true) {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(front.resolve("measures/" + slug))
                        .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (page.body().contains(expected)) {
                    delays[i] = System.nanoTime() - committed;
                    break;
                }
                if (System.nanoTime() - committed > TimeUnit.SECONDS.toNanos(60)) {
                    throw new IllegalStateException("the front still shows the old name of " + slug + " after 60 s");
                }
                Thread.sleep(10);
            }
        }
        Arrays.sort(delays);
        print("");
        print("invalidation, %d changes (each on node %s in turn): from the editor's answer to the new page at the front: "
                        + "p50 %.0f ms, p95 %.0f ms, max %.0f ms", changes, nodes.size() > 1 ? "1 and 2" : "1",
                delays[(int) Math.ceil(0.50 * changes) - 1] / 1e6, delays[(int) Math.ceil(0.95 * changes) - 1] / 1e6,
                delays[changes - 1] / 1e6);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A plain file of a measure page's size, served by the front itself. */
    private String staticFile(Map<String, String> env, List<String> kept) throws IOException, InterruptedException {
        String given = env.getOrDefault("KB_BENCH_STATIC", "").strip();
        if (!given.isEmpty()) {
            return given.startsWith("/") ? given.substring(1) : given;
        }
        String dir = env.getOrDefault("KB_BENCH_STATIC_DIR", "").strip();
        if (dir.isEmpty()) {
            throw new IllegalStateException("give KB_BENCH_STATIC_DIR (served by the front at /_front/) or KB_BENCH_STATIC");
        }
        String measure = kept.stream().filter(p -> p.startsWith("measures/")).findFirst().orElse(kept.get(0));
        byte[] page = http.send(HttpRequest.newBuilder(nodes.get(0).resolve(measure)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, "page.html"), page);
        print("static ceiling: /_front/page.html, %,d bytes (a copy of %s)", page.length, measure);
        return "_front/page.html";
    }

    private void ids(String url, String user, String password) throws SQLException, IOException, InterruptedException {
        if (url != null && !url.isBlank()) {
            long b = SyntheticKnowledgeBase.ID_BASE;
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT slug FROM measure WHERE id >= " + b + " ORDER BY id")) {
                    while (r.next()) {
                        measureSlugs.add(r.getString(1));
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT id FROM claim WHERE id >= " + b + " AND status = 'VERIFIED' ORDER BY id")) {
                    while (r.next()) {
                        claimIds.add(r.getLong(1));
                    }
                }
            }
        }
        if (measureSlugs.isEmpty()) {
            // the demo: every measure the API lists and the claims of each
            JsonNode list = JSON.readTree(http.send(HttpRequest.newBuilder(nodes.get(0).resolve("api/v1/measures?limit=500"))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode m : list.isArray() ? list : list.path("items")) {
                measureSlugs.add(m.path("slug").asText());
                JsonNode measure = JSON.readTree(http.send(HttpRequest.newBuilder(nodes.get(0).resolve("api/v1/measures/"
                        + m.path("slug").asText())).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                measure.path("claims").forEach(c -> claimIds.add(c.path("id").asLong()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** CPU time (user + system) of each node's process and of the front, from /proc. */
    private record Cpu(long[] nodeTicks, long frontTicks) {

        Cpu since(Cpu before) {
            long[] d = new long[nodeTicks.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = i < before.nodeTicks.length && nodeTicks[i] >= 0 && before.nodeTicks[i] >= 0
                        ? nodeTicks[i] - before.nodeTicks[i] : -1;
            }
            return new Cpu(d, frontTicks >= 0 && before.frontTicks >= 0 ? frontTicks - before.frontTicks : -1);
        }

        void print(int requests) {
            if (nodeTicks.length == 0 || requests == 0) {
                return;
            }
            StringBuilder line = new StringBuilder();
            long total = 0;
            for (int i = 0; i < nodeTicks.length; i++) {
                if (nodeTicks[i] < 0) {
                    line.append(String.format(Locale.ROOT, "  node %d: ?", i + 1));
                    continue;
                }
                total += nodeTicks[i];
                line.append(String.format(Locale.ROOT, "  node %d: %.2f s", i + 1, nodeTicks[i] / TICKS));
            }
            line.append(String.format(Locale.ROOT, "  nodes per request: %.2f ms", 1000.0 * total / TICKS / requests));
            if (frontTicks >= 0) {
                line.append(String.format(Locale.ROOT, "  front: %.2f s, %.3f ms per request", frontTicks / TICKS,
                        1000.0 * frontTicks / TICKS / requests));
            }
            ReaderBenchmark.print("%-22s CPU%s", "", line);
        }
    }

    /** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux). */
    private static final double TICKS = 100.0;

    private Cpu cpu() {
        long[] ticks = new long[pidFiles.size()];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = ticksOfTree(pidFiles.get(i));
        }
        return new Cpu(ticks, frontPidFile == null ? -1 : ticksOfTree(frontPidFile));
    }

    /** The CPU ticks of the process a PID file names and of its children (nginx's workers), or -1. */
    private static long ticksOfTree(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            long total = ticks(pid);
            if (total < 0) {
                return -1;
            }
            Path children = Path.of("/proc", Long.toString(pid), "task", Long.toString(pid), "children");
            if (Files.exists(children)) {
                for (String child : Files.readString(children).strip().split("\\s+")) {
                    if (!child.isEmpty()) {
                        total += Math.max(0, ticks(Long.parseLong(child)));
                    }
                }
            }
            return total;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15 of the whole line)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static URI uri(String text) {
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong counter = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
