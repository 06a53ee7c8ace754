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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one server of an IT run, which the black-box ITs talk to over HTTP, as readers, members and scripts do.
 *
 * <p>With {@code -Dkb.it.url=http://host:port/} it is a server already running (see docs/testing.md: one class
 * then runs in seconds). Otherwise it is one Payara Micro started with the built WAR and stopped after the last class,
 * so that every class of a run shares it; the environment of the run (database, admin password, ...) passes to it.
 * When the run has in-container classes, it is the server of their deployment (the built WAR plus those classes),
 * started through Arquillian ({@link SuiteContainer}) before any black-box class runs ({@link InContainerFirst}):
 * one server per run, not two. Its log goes to {@code target/it-server.log}. It e-mails notifications to an SMTP
 * server on loopback at a free port chosen here ({@link #mailPort()}), where {@code NotificationsIT} starts
 * GreenMail; with {@code -Dkb.it.url}, pass the port the running server was given ({@code KB_MAIL_PORT}) as
 * {@code -Dkb.it.mail.port}.
 *
 * <p>A test class asks for it with {@code @ExtendWith(TestServer.class)} and a {@link Base} field.
 */
final class TestServer implements TestInstancePostProcessor {

    /** Marks the field that receives the server's base URL (ending in a slash). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Base {
    }

    /** The port of the SMTP server the suite's server e-mails to (on 127.0.0.1); 0 when none was set. */
    static int mailPort() {
        return Integer.getInteger(MAIL_PORT, 0);
    }

    private static final String MAIL_PORT = "kb.it.mail.port";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestServer.class);

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

    /** The server this run started (for the in-container deployment or for the black-box classes), if any. */
    private static MicroServer started;

    /**
     * Starts the run's server with this WAR, the run's environment and the mail settings, and waits until it is
     * ready. A run starts at most one: a second start means a black-box class ran before an in-container one.
     */
    static synchronized MicroServer start(File war, String forWhom) {
        if (started != null) {
            throw new IllegalStateException("this run's server already runs at " + started.base() + " and another was"
                    + " asked for " + forWhom + ": the in-container classes must run before the black-box ones"
                    + " (InContainerFirst, named in junit-platform.properties)");
        }
        Path log = Path.of(System.getProperty("kb.it.server.log", "target/it-server.log"));
        long begun = System.nanoTime();
        int mailPort = freePort();
        System.setProperty(MAIL_PORT, Integer.toString(mailPort));
        started = MicroServer.start(Map.of("KB_MAIL_HOST", "127.0.0.1", "KB_MAIL_PORT", Integer.toString(mailPort)),
                log, war);
        System.out.printf("[it-server] Payara Micro started for %s at %s in %.1f s (log: %s)%n",
                forWhom, started.base(), (System.nanoTime() - begun) / 1e9, log);
        return started;
    }

    /** Stops the run's server (SIGTERM, as an operator would). */
    static synchronized void stop(MicroServer server) throws InterruptedException {
        server.close();
        if (started == server) {
            started = null;
        }
        System.out.println("[it-server] stopped the server at " + server.base());
    }

    private static synchronized MicroServer started() {
        return started;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The server the black-box classes of this run use; closed by JUnit when the run ends, which stops it if they
     * started it (the in-container deployment's server is stopped by Arquillian).
     */
    private record Running(URL base, MicroServer server) implements AutoCloseable {

        static Running startOrFind() {
            String given = System.getProperty("kb.it.url", "").trim();
            if (!given.isEmpty()) {
                URL base = MicroServer.url(given.endsWith("/") ? given : given + "/");
                MicroServer.awaitReady(base, null, Path.of("(a running server)"));
                System.out.println("[it-server] using the running server at " + base);
                return new Running(base, null);
            }
            MicroServer suite = started();
            if (suite != null) {
                System.out.println("[it-server] the black-box ITs use the in-container deployment's server at " + suite.base());
                return new Running(suite.base(), null);
            }
            String war = System.getProperty("kb.it.war");
            if (war == null || !new File(war).isFile()) {
                throw new IllegalStateException("kb.it.war does not name the built WAR (" + war
                        + "); run the ITs from the root (mvn verify), or give a running server with -Dkb.it.url=");
            }
            MicroServer server = start(new File(war), "the black-box ITs");
            return new Running(server.base(), server);
        }

        @Override
        public void close() throws InterruptedException {
            if (server != null) {
                stop(server);
            }
        }
    }
}
