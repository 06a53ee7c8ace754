package org.corroborate.web.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rendered public answers kept in memory, least recently used first out, within a budget of bytes
 * ({@code kb.pages.cache-megabytes}, 64 by default; 0 keeps none). Each is valid until {@link Freshness} says its
 * entry changed after it was rendered.
 */
@ApplicationScoped
public class RenderedPages {

    /**
     * @param tick    the {@link org.corroborate.service.freshness.Freshness} clock when rendering began
     * @param etag    quoted strong validator, a hash of the body
     * @param headers the headers to send again (content type, disposition, language...)
     */
    record Rendered(long tick, String etag, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    @Inject
    @ConfigProperty(name = "kb.pages.cache-megabytes", defaultValue = "64")
    int megabytes;

    private final LinkedHashMap<String, Rendered> pages = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    synchronized Rendered get(String key) {
        return pages.get(key);
    }

    synchronized void put(String key, Rendered page) {
        long budget = megabytes * 1024L * 1024L;
        if (page.body().length > budget / 16) {
            return;
        }
        Rendered old = pages.put(key, page);
        bytes += page.body().length - (old == null ? 0 : old.body().length);
        for (Iterator<Rendered> it = pages.values().iterator(); bytes > budget && it.hasNext(); ) {
            bytes -= it.next().body().length;
            it.remove();
        }
    }

    synchronized void remove(String key) {
        Rendered old = pages.remove(key);
        if (old != null) {
            bytes -= old.body().length;
        }
    }
}
