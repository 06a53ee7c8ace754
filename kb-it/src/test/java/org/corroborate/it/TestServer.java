package org.corroborate.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
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
import java.util.concurrent.TimeUnit;

/**
 * The server the black-box ITs talk to over HTTP, as readers, members and scripts do.
 *
 * <p>With {@code -Dkb.it.url=http://host:port/} it is a server already running (see docs/testing.md: one class
 * then runs in seconds). Otherwise it is one Payara Micro started with the built WAR by the first black-box class of
 * the run and stopped after the last one, so that every class of a run shares it; the environment of the run
 * (database, admin password, ...) passes to it. Its log goes to {@code target/it-server.log}.
 *
 * <p>A test class asks for it with {@code @ExtendWith(TestServer.class)} and a {@link Base} field.
 */
final class TestServer implements TestInstancePostProcessor {

    /** Marks the field that receives the server's base URL (ending in a slash). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Base {
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestServer.class);
    private static final Duration STARTUP = Duration.ofSeconds(Long.getLong("kb.it.startup-seconds", 300));

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
        URL base = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, k -> Running.startOrFind(), Running.class).base();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Base.class)) {
                    field.setAccessible(true);
                    field.set(test, base);
                }
            }
        }
    }

    /** The server of this run; closed by JUnit when the run ends, which stops it if this run started it. */
    private record Running(URL base, Process process) implements AutoCloseable {

        static Running startOrFind() {
            String given = System.getProperty("kb.it.url", "").trim();
            if (!given.isEmpty()) {
                URL base = url(given.endsWith("/") ? given : given + "/");
                awaitReady(base, null);
                System.out.println("[it-server] using the running server at " + base);
                return new Running(base, null);
            }
            return start();
        }

        private static Running start() {
            File micro = requiredFile("kb.it.micro");
            File war = requiredFile("kb.it.war");
            Path log = Path.of(System.getProperty("kb.it.server.log", "target/it-server.log"));
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-jar", micro.getPath(), "--deploy", war.getPath(), "--contextroot", "/",
                    "--port", Integer.toString(port), "--nocluster"));
            long started = System.nanoTime();
            Process process;
            try {
                Files.createDirectories(log.toAbsolutePath().getParent());
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start Payara Micro: " + command, e);
            }
            URL base = url("http://localhost:" + port + "/");
            try {
                awaitReady(base, process);
            } catch (RuntimeException | Error e) {
                process.destroyForcibly();
                throw e;
            }
            System.out.printf("[it-server] Payara Micro started for the black-box ITs at %s in %.1f s (log: %s)%n",
                    base, (System.nanoTime() - started) / 1e9, log);
            return new Running(base, process);
        }

        @Override
        public void close() throws InterruptedException {
            if (process == null) {
                return;
            }
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            System.out.println("[it-server] stopped the server at " + base);
        }

        /** Waits until the server says it is ready (database reachable and migrated, the application deployed). */
        private static void awaitReady(URL base, Process process) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + STARTUP.toNanos();
            String last = "no answer";
            while (System.nanoTime() < deadline) {
                if (process != null && !process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited with " + process.exitValue()
                            + " before it was ready; see " + System.getProperty("kb.it.server.log", "target/it-server.log"));
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
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalArgumentException(e);
                }
                sleep();
            }
            throw new IllegalStateException("the server at " + base + " was not ready within " + STARTUP.toSeconds()
                    + " s; last answer of /health/ready: " + last);
        }

        private static void sleep() {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
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

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static URL url(String text) {
            try {
                return URI.create(text).toURL();
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IllegalArgumentException("not a server address: " + text, e);
            }
        }
    }
}
