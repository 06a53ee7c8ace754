package org.corroborate.web.freshness;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.corroborate.service.freshness.Freshness;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Answers anonymous readers' GETs of public pages and of the read API with validators, 304 Not Modified when the
 * reader's copy is current, and a kept rendering when one is still valid. Signed-in members and API tokens pass
 * straight through: what they see depends on who they are. Declared in web.xml before the permalinks (after the
 * refusal of NUL characters, web.security).
 */
public class ConditionalRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String SEEN = ConditionalRequests.class.getName();
    /** Bodies up to this size are held to be hashed; a larger one (a full export) streams without an ETag. */
    static final int HELD_LIMIT = 8 * 1024 * 1024;
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            "etag", "last-modified", "cache-control", "vary", "expires", "pragma");

    @Inject
    Freshness freshness;

    @Inject
    RenderedPages pages;

    @Inject
    PageWarmer warmer;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PublicRequest read = request.getAttribute(SEEN) == null ? PublicRequest.of(request).orElse(null) : null;
        request.setAttribute(SEEN, Boolean.TRUE);
        if (read == null) {
            chain.doFilter(request, response);
            return;
        }
        warmer.seen(request);
        Instant lastModified = freshness.lastModified(read.tags());
        boolean settled = freshness.settled(lastModified);

        RenderedPages.Rendered kept = read.storable() ? pages.get(read.key()) : null;
        if (kept != null && !freshness.unchangedSince(read.tags(), kept.tick())) {
            pages.remove(read.key());
            kept = null;
        }
        if (kept != null) {
            // what an earlier filter set on this answer (the security headers) stands; the rest is the kept page's
            kept.headers().stream().filter(h -> !response.containsHeader(h.getKey()))
                    .forEach(h -> response.addHeader(h.getKey(), h.getValue()));
            validators(response, read, kept.etag(), lastModified, settled);
            if (notModified(request, kept.etag(), lastModified, settled)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            } else {
                response.setContentLength(kept.length());
                if (!"HEAD".equals(request.getMethod())) {
                    kept.writeTo(response.getOutputStream());
                }
            }
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            // nothing is kept from a HEAD (JAX-RS renders no body for it), and what Faces renders is not sent
            CapturedResponse headers = new CapturedResponse(response, Integer.MAX_VALUE, () -> { });
            chain.doFilter(request, headers);
            byte[] body = headers.body();
            if (!headers.errorSent() && !response.isCommitted() && headers.getStatus() == HttpServletResponse.SC_OK) {
                validators(response, read, null, lastModified, settled);
                if (body != null && body.length > 0) {
                    response.setContentLength(body.length);
                }
            }
            return;
        }
        // No 304 before the entry is rendered: only a page that exists for the public has validators, so that an
        // entry hidden from it (a draft, a members-only source) answers exactly as a missing one, If-Modified-Since
        // or not.

        long tick = freshness.now();
        CapturedResponse captured = new CapturedResponse(response, HELD_LIMIT, () -> {
            if (response.getStatus() == HttpServletResponse.SC_OK) {
                validators(response, read, null, lastModified, settled);
            }
        });
        chain.doFilter(request, captured);
        byte[] body = captured.body();
        if (body == null || captured.errorSent() || response.isCommitted()) {
            return;
        }
        if (captured.getStatus() != HttpServletResponse.SC_OK) {
            response.getOutputStream().write(body);
            return;
        }
        String etag = etag(body);
        validators(response, read, etag, lastModified, settled);
        HttpSession session = request.getSession(false);
        if (read.storable() && !captured.setsCookie() && (session == null || !session.isNew())) {
            pages.put(read.key(), pages.pack(read.key(), tick, etag, headers(response), body));
        }
        if (notModified(request, etag, lastModified, settled)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void validators(HttpServletResponse response, PublicRequest read, String etag, Instant lastModified,
                                   boolean settled) {
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        if (settled) {
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
        // keep it, but ask each time whether it is still current
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", read.vary());
    }

    /**
     * Whether the reader's copy is current: If-None-Match names the ETag, or, without If-None-Match, nothing
     * changed since If-Modified-Since (RFC 9110, 13.2.2).
     */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified, boolean settled) {
        String noneMatch = request.getHeader("If-None-Match");
        if (noneMatch != null) {
            return etag != null && Arrays.stream(noneMatch.split(","))
                    .map(String::strip)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(t -> t.equals("*") || t.equals(etag));
        }
        String modifiedSince = request.getHeader("If-Modified-Since");
        if (modifiedSince == null || !settled) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(modifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // not a date: answer in full
        }
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The headers to send again with a kept rendering: its content type and whatever else it set. */
    private static List<Map.Entry<String, String>> headers(HttpServletResponse response) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        if (response.getContentType() != null) {
            kept.add(Map.entry("Content-Type", response.getContentType()));
        }
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT)) && !"content-type".equalsIgnoreCase(name)) {
                response.getHeaders(name).forEach(value -> kept.add(Map.entry(name, value)));
            }
        }
        return kept;
    }
}
