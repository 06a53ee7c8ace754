package org.corroborate.web.freshness;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.corroborate.service.access.Reader;
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.PermalinkPaths;
import org.corroborate.service.freshness.EntriesChanged;
import org.corroborate.service.freshness.Freshness;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.web.faces.support.LocaleSelection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the public pages of single entries (measures, claims, sources, and the home page) ahead of readers, in
 * every language of the site, so that a reader finds them kept in {@link RenderedPages} instead of waiting for them
 * to be rendered. It asks for each page as an anonymous reader would, over HTTP, and the {@link ConditionalRequests}
 * filter keeps the answer: what is kept is exactly what a reader would have been sent.
 *
 * <p><b>Where it sends its requests never comes from a request.</b> No Host header, request URL, server name or
 * {@code X-Forwarded-*} header names it, since anyone may send those (a request with {@code Host: attacker.example}
 * would otherwise have the server send hundreds of requests there, and more after every change). It is one of two
 * addresses (see {@link #originFor}):
 * <ul>
 * <li>the site's public address, {@code kb.pages.warm-origin} ({@code https://kb.example.org}), checked once at
 * start-up: an absolute http or https address of a host, and nothing else (a path other than "/", a query, a
 * fragment or a user name are refused). A refused address is logged and nothing is rendered ahead;</li>
 * <li>without one, the server's own HTTP listener on the loopback interface, {@code http://127.0.0.1:<port>}, at the
 * local port the server accepted a reader's plain-HTTP request on ({@link HttpServletRequest#getLocalPort()}: the
 * socket's, whatever the request says).</li>
 * </ul>
 * The filter keeps a rendering under the address the server saw its request at (scheme, host and port), because a
 * page links from it (the Schema.org description of a measure or claim names its absolute address). So renderings
 * from the public address serve the readers who reach the site by it, and renderings from the loopback address serve
 * those who reach the server at {@code 127.0.0.1:<port>} (a proxy on the same machine forwarding there without
 * passing the Host on); readers reaching the site by another name are sent pages rendered, and kept, when first
 * asked for, as they would be without rendering ahead. A site whose readers come by its public name sets
 * {@code kb.pages.warm-origin}.
 *
 * <p>It renders every page once a reader's request has reached the server (the first one, on the loopback listener's
 * port when no public address is set), then again each page a committed change reaches ({@link EntriesChanged}; all
 * of them when the change reached everything). It skips pages kept and still current, and stops adding when the
 * store's budget is full (it never pushes out a page to warm another). It renders {@code kb.pages.warm-threads}
 * pages at a time (2 by default). {@code kb.pages.warm=false} keeps it from starting by itself (pages are then kept
 * once a reader has asked for them) until a platform admin asks for it ({@link #renderAll}).
 */
@ApplicationScoped
public class PageWarmer {

    private static final Logger LOG = Logger.getLogger(PageWarmer.class.getName());
    /** A page is assumed to take this many compressed bytes when checking that the store has room for it. */
    private static final int TYPICAL_PACKED = 8 * 1024;
    /** After this many failed requests in a row, the warmer gives up until the next change. */
    private static final int MAX_FAILURES = 20;

    /**
     * How rendering ahead stands.
     *
     * @param enabled  whether pages are rendered ahead at all ({@code kb.pages.warm})
     * @param running  whether pages are being rendered now
     * @param done     pages (in one language each) rendered or found current since start-up
     * @param expected pages asked for since start-up
     * @param skipped  of those done, the pages found kept and current
     * @param failed   of those done, the pages that did not render (a server error, or gone since listed)
     * @param started  when the latest run began
     * @param finished when the latest run ended; null while it runs
     * @param kept     what the store of rendered pages holds
     */
    public record RenderingAhead(boolean enabled, boolean running, long done, long expected, long skipped, long failed,
                         Instant started,
                         Instant finished,
                         RenderedPages.KeptPages kept) {
    }

    @Inject
    @ConfigProperty(name = "kb.pages.warm", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "kb.pages.warm-threads", defaultValue = "2")
    int threads;

    /** The loopback interface, where the server's own listener is reached when no public address is configured. */
    static final String LOOPBACK = "127.0.0.1";

    /**
     * The site's public address as readers reach it ({@code https://kb.example.org}): pages are rendered from it, and
     * kept under it for the readers who come by it. Without it, they are rendered from the loopback listener.
     */
    @Inject
    @ConfigProperty(name = "kb.pages.warm-origin")
    Optional<String> configuredOrigin;

    @Inject
    Browse browse;

    @Inject
    RenderedPages pages;

    @Inject
    Freshness freshness;

    /** Looked up, not injected: resource injection into this bean fails when Arquillian adds test classes to the WAR. */
    private ManagedExecutorService executor;

    private final LinkedHashSet<String> queue = new LinkedHashSet<>();
    private final AtomicInteger workers = new AtomicInteger();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong expected = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    /** The configured public address as an origin, once checked; empty when none is configured. */
    private volatile Optional<String> publicOrigin = Optional.empty();
    /** Whether the configured public address was refused: nothing is then rendered ahead. */
    private volatile boolean refused;
    /** Where pages are requested from, once known (the public address, or the loopback listener). */
    private volatile String origin;
    /** Whether every page has been asked for since start-up: from then on, changes are rendered again too. */
    private volatile boolean begun;
    private volatile boolean closed;
    private volatile Instant started;
    private volatile Instant finished;
    private HttpClient client;

    /** Checks the configured public address, once: a refused one is logged, and nothing is rendered ahead. */
    @PostConstruct
    void checkConfiguredOrigin() {
        String configured = configuredOrigin.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (configured == null) {
            publicOrigin = Optional.empty();
            refused = false;
            return;
        }
        try {
            publicOrigin = Optional.of(origin(configured));
            refused = false;
        } catch (IllegalArgumentException e) {
            publicOrigin = Optional.empty();
            refused = true;
            LOG.severe(() -> "kb.pages.warm-origin (" + configured + ") is refused: " + e.getMessage()
                    + ". Public pages are not rendered ahead of readers; they are kept once a reader has asked for them.");
        }
    }

    /** Created at start-up, so that a refused {@code kb.pages.warm-origin} is logged then, not at the first request. */
    void started(@Observes Startup startup) {
        LOG.fine(() -> "Public pages are to be rendered ahead from " + publicOrigin.orElse(refused ? "nowhere"
                : "the loopback listener (" + LOOPBACK + ") at the port readers' requests reach"));
    }

    /**
     * The origin ({@code scheme://host:port}) to render pages from, now that this request has reached the server: the
     * configured public address, else the server's own HTTP listener on the loopback interface at the local port the
     * request's connection was accepted on. Nothing the request says (its Host header, its URL, its server name,
     * {@code X-Forwarded-*}) is read: they are the sender's to choose. Empty when the configured address was refused,
     * or, with none configured, when the request came over TLS (the listener to render from is the plain-HTTP one).
     */
    Optional<String> originFor(HttpServletRequest request) {
        if (refused || publicOrigin.isPresent()) {
            return publicOrigin;
        }
        if (request.isSecure()) {
            return Optional.empty();
        }
        return Optional.of("http://" + LOOPBACK + ":" + request.getLocalPort());
    }

    /** An anonymous reader's request reached the server: the first one starts rendering every page ahead. */
    void seen(HttpServletRequest request) {
        if (!begun && enabled && begin(request)) {
            LOG.info(() -> "Rendering public pages ahead of readers, from " + origin);
            enqueueEverything();
        }
    }

    /**
     * A platform admin's request to render every public page ahead now (after turning it on, or to fill the store
     * again), whether or not it renders ahead by itself ({@code kb.pages.warm}); from then on, changes are rendered
     * again too. Nothing is asked for when there is no origin to render from ({@link #originFor}).
     *
     * @param request the admin's request: only the local port its connection was accepted on, and whether over TLS,
     *                decide anything (see {@link #originFor})
     */
    public RenderingAhead renderAll(Reader reader, HttpServletRequest request) {
        if (!reader.isPlatformAdmin()) {
            throw NotPermittedException.of(PageWarmer.class, "renderAll.notPermitted");
        }
        begin(request);
        if (origin == null) {
            LOG.warning(() -> reader.username() + " asked for every public page to be rendered ahead, but there is no "
                    + "address to render them from (" + (refused ? "kb.pages.warm-origin is refused" : "the request "
                    + "came over TLS; ask over the plain-HTTP listener, or set kb.pages.warm-origin") + ")");
            return status();
        }
        LOG.info(() -> reader.username() + " asked for every public page to be rendered ahead, from " + origin);
        enqueue(browse.publicPermalinks()); // listed before answering, so that the answer counts them
        return status();
    }

    /**
     * Takes the origin to render from ({@link #originFor}) from the first request that gives one, and marks every page
     * as asked for; true if this request began it.
     */
    private synchronized boolean begin(HttpServletRequest request) {
        if (origin == null) {
            origin = originFor(request).orElse(null);
        }
        if (origin == null || begun) {
            return false;
        }
        begun = true;
        return true;
    }

    void changed(@Observes EntriesChanged change) {
        if (!begun || closed) {
            return;
        }
        if (change.everything()) {
            enqueueEverything();
            return;
        }
        List<String> paths = new ArrayList<>();
        for (String tag : change.tags()) {
            int colon = tag.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String id = tag.substring(colon + 1);
            switch (tag.substring(0, colon)) {
                case "measure" -> {
                    if (!id.chars().allMatch(Character::isDigit)) {
                        paths.add(PermalinkPaths.measure(id));
                    }
                }
                case "claim" -> paths.add(PermalinkPaths.claim(Long.parseLong(id)));
                case "source" -> paths.add(PermalinkPaths.source(Long.parseLong(id)));
                default -> {
                    // listings are rendered when a reader asks for them
                }
            }
        }
        enqueue(paths);
    }

    private void enqueueEverything() {
        try {
            executor().execute(() -> {
                try {
                    enqueue(browse.publicPermalinks());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not list the public pages to render ahead of readers", e);
                }
            });
        } catch (RuntimeException e) {
            // never the reader's problem: the pages are rendered when asked for
            LOG.log(Level.WARNING, "Could not start rendering public pages ahead of readers", e);
        }
    }

    private void enqueue(List<String> paths) {
        if (paths.isEmpty() || closed) {
            return;
        }
        synchronized (queue) {
            int before = queue.size();
            queue.addAll(paths);
            expected.addAndGet((long) (queue.size() - before) * LocaleSelection.SUPPORTED.size());
        }
        startWorkers();
    }

    private void startWorkers() {
        for (int n = workers.get(); n < Math.max(1, threads) && !closed; n = workers.get()) {
            if (workers.compareAndSet(n, n + 1)) {
                if (n == 0) {
                    started = Instant.now();
                    finished = null;
                }
                try {
                    executor().execute(this::work);
                } catch (RuntimeException e) {
                    workers.decrementAndGet();
                    LOG.log(Level.WARNING, "Could not start rendering public pages ahead of readers", e);
                    return;
                }
            }
        }
    }

    private void work() {
        int failures = 0;
        try {
            while (!closed) {
                String path;
                synchronized (queue) {
                    if (queue.isEmpty()) {
                        return;
                    }
                    path = queue.iterator().next();
                    queue.remove(path);
                }
                List<String> languages = LocaleSelection.SUPPORTED;
                for (int i = 0; i < languages.size(); i++) {
                    String language = languages.get(i);
                    if (closed) {
                        return;
                    }
                    if (current(path, language)) {
                        skipped.incrementAndGet();
                    } else if (!pages.roomFor(TYPICAL_PACKED)) {
                        LOG.info("The store of rendered pages is full; rendering ahead stops here");
                        stop(languages.size() - i);
                        return;
                    } else if (render(path, language)) {
                        failures = 0;
                    } else if (++failures >= MAX_FAILURES) {
                        LOG.warning("Rendering public pages ahead of readers failed " + failures + " times in a row; "
                                + "it stops until the next change");
                        stop(languages.size() - i);
                        return;
                    }
                    done.incrementAndGet();
                }
            }
        } finally {
            if (workers.decrementAndGet() == 0) {
                finished = Instant.now();
            }
            boolean more;
            synchronized (queue) {
                more = !queue.isEmpty();
            }
            if (more && !closed) {
                startWorkers(); // a change came in as this pass ended
            }
        }
    }

    private boolean current(String path, String language) {
        RenderedPages.Rendered kept = pages.get(PublicRequest.pageKey(origin, path, language));
        return kept != null && freshness.unchangedSince(PublicRequest.tagsOf(path), kept.tick());
    }

    private boolean render(String path, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language)
                .header("User-Agent", "Corroborate page warmer")
                .GET().build();
        try {
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                failed.incrementAndGet();
                // a page gone since it was listed (404) is not a failure of the warmer
                return response.statusCode() < 500;
            }
            return true;
        } catch (IOException e) {
            failed.incrementAndGet();
            LOG.log(Level.FINE, "Could not render " + path + " ahead of readers", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            return false;
        }
    }

    /**
     * The client that asks for pages: it sends each request to {@link #origin} and nowhere else (no redirect is
     * followed; the loopback listener is reached directly, never through a proxy).
     */
    private synchronized HttpClient client() {
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10));
            if (origin.startsWith("http://" + LOOPBACK + ":")) {
                builder.proxy(HttpClient.Builder.NO_PROXY);
            }
            client = builder.build();
        }
        return client;
    }

    /** Gives up the pages still queued, and {@code left} pages of the one in hand: they are no longer expected. */
    private void stop(int left) {
        synchronized (queue) {
            expected.addAndGet(-(long) queue.size() * LocaleSelection.SUPPORTED.size() - left);
            queue.clear();
        }
    }

    /**
     * A configured public address as an origin, "https://kb.example.org/" → "https://kb.example.org:443", as
     * {@link PublicRequest} names the address a request reached.
     *
     * @throws IllegalArgumentException when it is not an absolute http or https address of a host, or says more than
     *                                  the origin (a path other than "/", a query, a fragment, a user name)
     */
    static String origin(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an absolute http or https address");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("it names no host, or a user name");
        }
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("an origin has no path, query or fragment");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private synchronized ManagedExecutorService executor() {
        if (executor == null) {
            try {
                executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            } catch (NamingException e) {
                throw new IllegalStateException("Every Jakarta EE server has a default managed executor", e);
            }
        }
        return executor;
    }

    public RenderingAhead status() {
        return new RenderingAhead(enabled, workers.get() > 0, done.get(), expected.get(), skipped.get(), failed.get(), started,
                finished, pages.usage());
    }

    @PreDestroy
    void close() {
        closed = true;
    }
}
