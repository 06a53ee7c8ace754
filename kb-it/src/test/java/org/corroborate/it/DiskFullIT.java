package org.corroborate.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * No acknowledged write is lost when the database's disk fills up (issue 13): the database of a server of its own
 * lives on a small tmpfs, which the test fills while a member's script keeps adding sources. Every write answers 201
 * (stored) or 503 (nothing stored, try later), never anything else; a member saving a form is told so on the page,
 * which keeps what they typed; readiness says DOWN while writes fail; once room
 * is made, writes succeed again; and after the server is killed (SIGKILL), the database holds every source that was
 * answered 201.
 *
 * <p>On the embedded H2 database its file is on the tmpfs; on PostgreSQL (KB_DB_URL) a database of its own is
 * created in a tablespace on the tmpfs (the WAL stays on the server's disk, as it would in production with a data
 * volume apart). Mounting needs root, as CI runs; elsewhere the test is skipped and says why.
 */
class DiskFullIT {

    private static final String MEMBER = "hrnk-contributor";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final Random random = new Random(13);
    /** id of every source answered 201, with the title it was sent with */
    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile int refused;

    @Test
    void everyWriteAnsweredCreatedSurvivesAFullDiskAndACrash() throws Exception {
        Path mount = Files.createTempDirectory(Path.of("/tmp"), "kb-disk-full-");
        boolean postgresql = System.getenv().getOrDefault("KB_DB_URL", "").startsWith("jdbc:postgresql:");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + (postgresql ? "48m" : "32m"), "tmpfs", mount.toString()),
                "mounting a small tmpfs needs root (CI runs as root)");
        Database database = null;
        try {
            database = postgresql ? Database.postgresqlIn(mount) : Database.h2In(mount);
            Path log = Path.of(System.getProperty("kb.it.server.log", "target/it-server.log")).resolveSibling("disk-full-server.log");
            Map<String, String> environment = new HashMap<>(database.environment());
            // the embedded database refuses changes with less than this free (64 MB unless configured)
            environment.put("KB_STORAGE_RESERVE_MB", "8");
            // a data directory (search index) of its own: the suite's server holds the run's one meanwhile
            environment.put("KB_DATA_DIR", log.resolveSibling("disk-full-data").toAbsolutePath().toString());
            URL base;
            String token;
            MicroServer server = start(environment, log);
            try {
                base = server.base();
                token = WebClient.apiToken(base, MEMBER);
                WebClient member = WebClient.signedIn(base, MEMBER);
                for (int i = 0; i < 5; i++) {
                    assertEquals(201, write(base, token), () -> "writes before the disk is full: " + unexpected);
                }

                // a member's script keeps writing while the disk fills up, and after
                AtomicBoolean writing = new AtomicBoolean(true);
                Thread script = new Thread(() -> {
                    while (writing.get()) {
                        write(base, token);
                    }
                }, "member-script");
                script.start();
                Path filler = mount.resolve("filler");
                fill(filler);
                int refusedBefore = refused;
                awaitTrue(() -> refused > refusedBefore + 3, Duration.ofSeconds(60), "writes on the full disk answer 503");
                writing.set(false);
                script.join();
                assertEquals(503, ready(base), "readiness says DOWN while the database cannot store changes");

                // a member saving the source form is told, on the page that keeps what they typed (a save that still
                // finds room, as a small row can on PostgreSQL, is stored: it joins the writes that must survive)
                HttpResponse<String> refusedSave = null;
                String typed = null;
                for (int attempt = 0; attempt < 10 && refusedSave == null; attempt++) {
                    HttpResponse<String> form = member.get("contribute/source-edit.xhtml");
                    typed = "A report typed while the disk was full " + random.nextInt(1_000_000);
                    HttpResponse<String> saved = member.post("contribute/source-edit.xhtml", "source-form", form.body(), Map.of(
                            "source-form:kind_input", "REPORT", "source-form:title", typed,
                            "source-form:note", randomLetters(4000),
                            "source-form:confidentiality", "PUBLIC", "source-form:save", "x"));
                    if (saved.statusCode() == 302) {
                        acknowledged.put(savedSourceId(saved), typed);
                    } else {
                        refusedSave = saved;
                    }
                }
                assertTrue(refusedSave != null, "a save on the full disk is refused at least once in 10 tries");
                assertEquals(200, refusedSave.statusCode(), refusedSave.body());
                assertTrue(refusedSave.body().contains("The database cannot store changes at the moment"), refusedSave.body());
                assertTrue(refusedSave.body().contains("value=\"" + typed + "\""), "the title typed is still in its field");

                Files.delete(filler);
                awaitTrue(() -> write(base, token) == 201, Duration.ofSeconds(60), "a write succeeds once there is room");
                awaitTrue(() -> ready(base) == 200, Duration.ofSeconds(60), "readiness says UP again");
                for (int i = 0; i < 5; i++) {
                    assertEquals(201, write(base, token), () -> "writes after room was made: " + unexpected);
                }
                assertTrue(unexpected.isEmpty(), "every write answers 201 or 503: " + unexpected);
                assertTrue(refused > 0, "the disk was full for some writes");
            } finally {
                server.kill(); // as a crash would: nothing is flushed or closed on the way out
            }

            // what the database holds once the server is gone
            Map<Long, String> stored = database.sourceTitles();
            List<Long> lost = acknowledged.entrySet().stream()
                    .filter(source -> !source.getValue().equals(stored.get(source.getKey())))
                    .map(Map.Entry::getKey).sorted().toList();
            System.out.printf("[disk-full] %s: %d writes answered 201, %d answered 503, %d lost%n",
                    postgresql ? "PostgreSQL" : "H2", acknowledged.size(), refused, lost.size());
            assertEquals(List.of(), lost, "sources answered 201 but missing from the database after the crash");
        } finally {
            if (database != null) {
                database.drop();
            }
            run("umount", "-l", mount.toString());
            Files.deleteIfExists(mount);
        }
    }

    private static MicroServer start(Map<String, String> environment, Path log) {
        long started = System.nanoTime();
        MicroServer server = MicroServer.start(environment, log);
        System.out.printf("[it-server] Payara Micro started for DiskFullIT at %s in %.1f s (log: %s)%n",
                server.base(), (System.nanoTime() - started) / 1e9, log);
        return server;
    }

    /** Adds a public source with a 4,000-character note; records 201s and 503s; returns the status. */
    private int write(URL base, String token) {
        String title = "Disk-full probe " + random.nextLong();
        String note = randomLetters(4000); // little to compress: every write needs new room
        String body = Json.createObjectBuilder().add("holder", "hrnk").add("kind", "REPORT").add("title", title)
                .add("authors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("literal", "Field team")))
                .add("issued", "2024").add("language", "en").add("confidentiality", "PUBLIC")
                .add("note", note).add("relays", Json.createArrayBuilder()).build().toString();
        HttpResponse<String> answer = WebClient.api(base, "POST", "api/v1/sources", token, "application/json", body);
        if (answer.statusCode() == 201) {
            acknowledged.put(Http.json(answer).getJsonNumber("id").longValue(), title);
        } else if (answer.statusCode() == 503) {
            refused++;
            if (answer.headers().firstValue("Retry-After").isEmpty()) {
                unexpected.add("503 without Retry-After");
            }
        } else {
            unexpected.add(answer.statusCode() + " " + answer.body());
        }
        return answer.statusCode();
    }

    private String randomLetters(int length) {
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** The id of the source a saved form redirects to ({@code source.xhtml?id=…}). */
    private static long savedSourceId(HttpResponse<String> saved) {
        String location = saved.headers().firstValue("Location").orElseThrow();
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(location);
        assertTrue(id.find(), "a saved source form leads to the source's page: " + location);
        return Long.parseLong(id.group(1));
    }

    private static int ready(URL base) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "health/ready")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes into the file until the filesystem has no room left, a little at a time (the script writes meanwhile). */
    private static void fill(Path filler) throws InterruptedException {
        byte[] chunk = new byte[64 * 1024]; // about 3 MB/s: a disk filling fast, by a runaway log say
        new Random(7).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
                out.flush();
                Thread.sleep(20);
            }
        } catch (IOException full) {
            // no space left on the device: what the test wanted
        }
        // the last bytes that fit
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(chunk, 0, 512);
                out.flush();
            }
        } catch (IOException full) {
            // full to the last block
        }
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                System.out.println("[disk-full] " + String.join(" ", command) + ": exit " + exit + " " + output.strip());
            }
            return exit == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The database of the server under test, on the small filesystem. */
    private interface Database {

        Map<String, String> environment();

        /** Every source's title by id, read from the database itself. */
        Map<Long, String> sourceTitles() throws SQLException;

        void drop() throws SQLException;

        static Map<Long, String> sourceTitles(Connection connection) throws SQLException {
            Map<Long, String> titles = new HashMap<>();
            try (var rows = connection.createStatement().executeQuery("SELECT id, title FROM source")) {
                while (rows.next()) {
                    titles.put(rows.getLong(1), rows.getString(2));
                }
            }
            return titles;
        }

        static Database h2In(Path mount) {
            return new Database() {
                @Override
                public Map<String, String> environment() {
                    return Map.of("KB_DB_URL", "jdbc:h2:file:" + mount.resolve("corroborate") + ";WRITE_DELAY=0");
                }

                @Override
                public Map<Long, String> sourceTitles() throws SQLException {
                    // the server's account (the embedded defaults unless the run sets others)
                    try (Connection connection = DriverManager.getConnection(environment().get("KB_DB_URL"),
                            System.getenv().getOrDefault("KB_DB_USER", "corroborate"),
                            System.getenv().getOrDefault("KB_DB_PASSWORD", "corroborate"))) {
                        return Database.sourceTitles(connection);
                    }
                }

                @Override
                public void drop() {
                    // its files go with the tmpfs
                }
            };
        }

        /** A database of its own in a tablespace on the tmpfs, made with the run's (superuser) account. */
        static Database postgresqlIn(Path mount) throws IOException, SQLException {
            Path space = Files.createDirectory(mount.resolve("tablespace"));
            UserPrincipal postgres = space.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(space, postgres);
            Files.setOwner(mount, postgres);
            String url = System.getenv("KB_DB_URL");
            String user = System.getenv("KB_DB_USER");
            String password = System.getenv("KB_DB_PASSWORD");
            String name = "corroborate_disk_full";
            String tablespace = "kb_disk_full";
            String own = url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            try (Connection admin = DriverManager.getConnection(url, user, password)) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                admin.createStatement().execute("DROP TABLESPACE IF EXISTS " + tablespace);
                admin.createStatement().execute("CREATE TABLESPACE " + tablespace + " LOCATION '" + space + "'");
                admin.createStatement().execute("CREATE DATABASE " + name + " TABLESPACE " + tablespace);
            }
            return new Database() {
                @Override
                public Map<String, String> environment() {
                    return Map.of("KB_DB_URL", own);
                }

                @Override
                public Map<Long, String> sourceTitles() throws SQLException {
                    try (Connection connection = DriverManager.getConnection(own, user, password)) {
                        return Database.sourceTitles(connection);
                    }
                }

                @Override
                public void drop() throws SQLException {
                    try (Connection admin = DriverManager.getConnection(url, user, password)) {
                        admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                        admin.createStatement().execute("DROP TABLESPACE IF EXISTS " + tablespace);
                    }
                }
            };
        }
    }
}
