package org.corroborate.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro process running the built WAR on a free loopback port, as the README's run command runs it: the
 * environment of the test run passes to it, with the given overrides (another database, say). {@link TestServer}
 * starts the one the black-box ITs share; a test that needs a server of its own (its database on a full disk) starts
 * another.
 */
final class MicroServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(Long.getLong("kb.it.startup-seconds", 300));

    private final URL base;
    private final Process process;
    private final Path log;

    private MicroServer(URL base, Process process, Path log) {
        this.base = base;
        this.process = process;
        this.log = log;
    }

    /** Starts the WAR with the run's environment and these overrides, and waits until it says it is ready. */
    static MicroServer start(Map<String, String> environment, Path log) {
        return start(environment, log, requiredFile("kb.it.war"));
    }

    /** Starts the given WAR (the built one plus the in-container test classes, say) as {@link #start(Map, Path)} does. */
    static MicroServer start(Map<String, String> environment, Path log, File war) {
        MicroServer server = launch(freePort(), List.of("--nocluster"), environment, log, war);
        server.awaitReady();
        return server;
    }

    /**
     * Starts the built WAR on this port with these Payara Micro options (a node of a cluster gives its Data Grid
     * options instead of {@code --nocluster}) and returns at once; {@link #awaitReady()} waits until it is ready.
     * Several nodes started this way start side by side.
     */
    static MicroServer launch(int port, List<String> options, Map<String, String> environment, Path log) {
        return launch(port, options, environment, log, requiredFile("kb.it.war"));
    }

    private static MicroServer launch(int port, List<String> options, Map<String, String> environment, Path log, File war) {
        File micro = requiredFile("kb.it.micro");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-jar", micro.getPath(), "--deploy", war.getPath(), "--contextroot", "/",
                "--port", Integer.toString(port)));
        command.addAll(options);
        Process process;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Payara Micro: " + command, e);
        }
        return new MicroServer(url("http://localhost:" + port + "/"), process, log);
    }

    /** Waits until this server says it is ready; ends it if it does not. */
    void awaitReady() {
        try {
            awaitReady(base, process, log);
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Whether the process still runs. */
    boolean alive() {
        return process.isAlive();
    }

    URL base() {
        return base;
    }

    /** Stops the server as an operator would (SIGTERM), forcibly if it has not ended within a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Ends the process at once (SIGKILL), as a crash would: nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits until the server says it is ready (database reachable and migrated, the application deployed). */
    static void awaitReady(URL base, Process process, Path log) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue()
                        + " before it was ready; see " + log);
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(base.toURI().resolve("health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                // the application answers anonymous callers with the status alone, and only once it is
                // deployed: while it deploys, Payara's default module answers with its checks listed
                if (ready.statusCode() == 200 && ready.body().strip().equals("{\"status\":\"UP\"}")) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the server at " + base + " was not ready within " + STARTUP.toSeconds()
                + " s; last answer of /health/ready: " + last);
    }

    static URL url(String text) {
        try {
            return URI.create(text).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a server address: " + text, e);
        }
    }

    private static File requiredFile(String property) {
        String path = System.getProperty(property);
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException(property + " does not name a file (" + path
                    + "); run the ITs from the root (mvn verify), or give a running server with -Dkb.it.url=");
        }
        return new File(path);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
