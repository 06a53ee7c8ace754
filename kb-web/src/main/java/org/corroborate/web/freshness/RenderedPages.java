package org.corroborate.web.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Rendered public answers kept in memory, compressed, least recently used first out, within a budget of bytes
 * ({@code kb.pages.cache-megabytes}, 384 by default; 0 keeps none). Each is valid until
 * {@link org.corroborate.service.freshness.Freshness} says its entry changed after it was rendered.
 *
 * <p>Pages of one kind share most of their bytes (the layout, the menus, the scripts), so each is deflated with the
 * first page kept of its kind and language as a preset dictionary: a claim page of 15 KB keeps in under 1 KB, where
 * deflate alone gives 3.5 KB.
 */
@ApplicationScoped
public class RenderedPages {

    /** What a kept answer costs besides its compressed body: its key, record, headers and the map's entry. */
    static final int OVERHEAD = 256;

    /**
     * A kept answer.
     *
     * @param tick    the {@link org.corroborate.service.freshness.Freshness} clock when rendering began
     * @param etag    quoted strong validator, a hash of the body
     * @param headers the headers to send again (content type, disposition, language...)
     * @param packed  the body, deflated
     * @param length  the body's length
     * @param preset  the dictionary it was deflated with, or null
     */
    record Rendered(long tick, String etag, List<Map.Entry<String, String>> headers, byte[] packed, int length,
                    byte[] preset) {

        static Rendered of(long tick, String etag, List<Map.Entry<String, String>> headers, byte[] body) {
            return of(tick, etag, headers, body, null);
        }

        static Rendered of(long tick, String etag, List<Map.Entry<String, String>> headers, byte[] body,
                           byte[] preset) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                if (preset != null) {
                    deflater.setDictionary(preset);
                }
                deflater.setInput(body);
                deflater.finish();
                byte[] out = new byte[Math.max(64, body.length / 4)];
                int n = 0;
                while (!deflater.finished()) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    n += deflater.deflate(out, n, out.length - n);
                }
                return new Rendered(tick, etag, List.copyOf(headers), Arrays.copyOf(out, n), body.length, preset);
            } finally {
                deflater.end();
            }
        }

        /** Writes the body, inflated, to the stream. */
        void writeTo(OutputStream out) throws IOException {
            out.write(body());
        }

        byte[] body() {
            Inflater inflater = new Inflater(true);
            try {
                if (preset != null) {
                    inflater.setDictionary(preset);
                }
                inflater.setInput(packed);
                byte[] body = new byte[length];
                int n = 0;
                while (n < length && !inflater.finished()) {
                    n += inflater.inflate(body, n, length - n);
                }
                return body;
            } catch (DataFormatException e) {
                throw new IllegalStateException("A kept page was deflated by this class and inflates back", e);
            } finally {
                inflater.end();
            }
        }

        long cost(String key) {
            return packed.length + 2L * key.length() + OVERHEAD;
        }
    }

    /**
     * How full the store is.
     *
     * @param pages  answers kept
     * @param bytes  what they cost, compressed, with their keys
     * @param budget the most they may cost
     */
    public record KeptPages(int pages, long bytes, long budget) {
    }

    @Inject
    @ConfigProperty(name = "kb.pages.cache-megabytes", defaultValue = "384")
    int megabytes;

    /** The largest preset dictionary deflate uses (its window). */
    static final int PRESET_LIMIT = 32 * 1024;

    private final LinkedHashMap<String, Rendered> pages = new LinkedHashMap<>(4096, 0.75f, true);
    private final Map<String, byte[]> presets = new ConcurrentHashMap<>();
    private long bytes;

    /**
     * Deflates a rendered answer for keeping. The first answer of each kind (its address's first segment and its
     * language) becomes the dictionary of the kind: its beginning and its end, where the layout is.
     */
    Rendered pack(String key, long tick, String etag, List<Map.Entry<String, String>> headers, byte[] body) {
        byte[] preset = presets.computeIfAbsent(kind(key), k -> preset(body));
        return Rendered.of(tick, etag, headers, body, preset);
    }

    static byte[] preset(byte[] body) {
        if (body.length <= PRESET_LIMIT) {
            return body.clone();
        }
        // deflate finds the dictionary's last bytes nearest: the page's beginning (the head, the menus) goes last
        int half = PRESET_LIMIT / 2;
        byte[] preset = new byte[PRESET_LIMIT];
        System.arraycopy(body, body.length - half, preset, 0, half);
        System.arraycopy(body, 0, preset, half, half);
        return preset;
    }

    /** "http://host:80/claims/12|en" → "/claims|en": pages that share a layout. */
    static String kind(String key) {
        int bar = key.lastIndexOf('|');
        String address = bar < 0 ? key : key.substring(0, bar);
        int scheme = address.indexOf("://");
        int path = address.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        String rest = path < 0 ? "/" : address.substring(path);
        int end = rest.indexOf('/', 1);
        int query = rest.indexOf('?');
        int cut = end < 0 ? (query < 0 ? rest.length() : query) : (query < 0 ? end : Math.min(end, query));
        return rest.substring(0, cut) + (bar < 0 ? "" : key.substring(bar));
    }

    synchronized Rendered get(String key) {
        return pages.get(key);
    }

    synchronized void put(String key, Rendered page) {
        long budget = budget();
        if (page.cost(key) > budget / 16) {
            return;
        }
        Rendered old = pages.put(key, page);
        bytes += page.cost(key) - (old == null ? 0 : old.cost(key));
        for (Iterator<Map.Entry<String, Rendered>> it = pages.entrySet().iterator(); bytes > budget && it.hasNext(); ) {
            Map.Entry<String, Rendered> eldest = it.next();
            bytes -= eldest.getValue().cost(eldest.getKey());
            it.remove();
        }
    }

    synchronized void remove(String key) {
        Rendered old = pages.remove(key);
        if (old != null) {
            bytes -= old.cost(key);
        }
    }

    /** Whether one more answer of about this many packed bytes fits without pushing another out. */
    synchronized boolean roomFor(long packedBytes) {
        return bytes + packedBytes + OVERHEAD <= budget();
    }

    public synchronized KeptPages usage() {
        return new KeptPages(pages.size(), bytes, budget());
    }

    private long budget() {
        return megabytes * 1024L * 1024L;
    }
}
