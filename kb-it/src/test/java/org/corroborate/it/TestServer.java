package org.corroborate.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

/**
 * The server the black-box ITs talk to over HTTP, as readers, members and scripts do.
 *
 * <p>With {@code -Dkb.it.url=http://host:port/} it is a server already running (see docs/testing.md: one class
 * then runs in seconds). Otherwise it is one Payara Micro started with the built WAR by the first black-box class of
 * the run and stopped after the last one, so that every class of a run shares it; the environment of the run
 * (database, admin password, ...) passes to it. Its log goes to {@code target/it-server.log}. It e-mails notifications to
 * an SMTP server on loopback at a free port chosen here ({@link #mailPort()}), where {@code NotificationsIT} starts
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

    /** The server of this run; closed by JUnit when the run ends, which stops it if this run started it. */
    private record Running(URL base, MicroServer server) implements AutoCloseable {

        static Running startOrFind() {
            String given = System.getProperty("kb.it.url", "").trim();
            if (!given.isEmpty()) {
                URL base = MicroServer.url(given.endsWith("/") ? given : given + "/");
                MicroServer.awaitReady(base, null, Path.of("(a running server)"));
                System.out.println("[it-server] using the running server at " + base);
                return new Running(base, null);
            }
            Path log = Path.of(System.getProperty("kb.it.server.log", "target/it-server.log"));
            long started = System.nanoTime();
            int mailPort = freePort();
            System.setProperty(MAIL_PORT, Integer.toString(mailPort));
            MicroServer server = MicroServer.start(Map.of("KB_MAIL_HOST", "127.0.0.1", "KB_MAIL_PORT",
                    Integer.toString(mailPort)), log);
            System.out.printf("[it-server] Payara Micro started for the black-box ITs at %s in %.1f s (log: %s)%n",
                    server.base(), (System.nanoTime() - started) / 1e9, log);
            return new Running(server.base(), server);
        }

        private static int freePort() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (server == null) {
                return;
            }
            server.close();
            System.out.println("[it-server] stopped the server at " + base);
        }
    }
}
