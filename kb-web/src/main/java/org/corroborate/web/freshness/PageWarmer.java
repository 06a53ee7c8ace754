package org.corroborate.web.freshness;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the public pages of single entries (measures, claims, sources, and the home page) ahead of readers, in
 * every language of the site, so that a reader finds them kept in {@link RenderedPages} instead of waiting for them
 * to be rendered. It asks for each page as an anonymous reader would, over HTTP from the site's own address (learnt
 * from the first reader's request), and the {@link ConditionalRequests} filter keeps the answer: what is kept is
 * exactly what a reader would have been sent.
 *
 * <p>It renders every page once a reader's request has named the site's address, then again each page a committed
 * change reaches ({@link EntriesChanged}; all of them when the change reached everything). It skips pages kept and
 * still current, and stops adding when the store's budget is full (it never pushes out a page to warm another). It
 * renders {@code kb.pages.warm-threads} pages at a time (2 by default). {@code kb.pages.warm=false} keeps it from
 * starting by itself (pages are then kept once a reader has asked for them) until a platform admin asks for it
 * ({@link #renderAll}).
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

    /**
     * The site's address as readers reach it ({@code https://kb.example.org}), when the first request's own may not
     * be (a health check behind the proxy); pages are kept per address, since they link from it.
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
    private volatile String origin;
    private volatile boolean closed;
    private volatile Instant started;
    private volatile Instant finished;
    private HttpClient client;

    /** A reader's request reached the site at this address: the first one starts warming every page. */
    void seen(String origin) {
        if (this.origin == null && enabled && learn(origin)) {
            LOG.info(() -> "Rendering public pages ahead of readers, from " + this.origin);
            enqueueEverything();
        }
    }

    /**
     * A platform admin's request to render every public page ahead now (after turning it on, or to fill the store
     * again), whether or not it renders ahead by itself ({@code kb.pages.warm}); from then on, changes are rendered
     * again too.
     *
     * @param origin the address the admin's request reached, used unless {@code kb.pages.warm-origin} names one
     */
    public RenderingAhead renderAll(Reader reader, String origin) {
        if (!reader.isPlatformAdmin()) {
            throw NotPermittedException.of(PageWarmer.class, "renderAll.notPermitted");
        }
        learn(origin);
        LOG.info(() -> reader.username() + " asked for every public page to be rendered ahead, from " + this.origin);
        enqueue(browse.publicPermalinks()); // listed before answering, so that the answer counts them
        return status();
    }

    /** Takes the site's address from the first request that names it; true if this one did. */
    private synchronized boolean learn(String requestOrigin) {
        if (origin != null) {
            return false;
        }
        origin = configuredOrigin.map(PageWarmer::origin).orElse(requestOrigin);
        return true;
    }

    void changed(@Observes EntriesChanged change) {
        if (origin == null || closed) {
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

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
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

    /** "https://kb.example.org/" → "https://kb.example.org:443", as {@link PublicRequest} names origins. */
    static String origin(String address) {
        URI uri = URI.create(address.strip());
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
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
