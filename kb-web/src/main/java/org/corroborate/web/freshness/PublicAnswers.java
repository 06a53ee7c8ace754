package org.corroborate.web.freshness;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.corroborate.service.freshness.ChangeRecord;
import org.corroborate.service.freshness.Freshness;
import org.corroborate.service.freshness.PublicEntries;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The cache rules of public answers, for the front cache: anonymous GETs of public pages and of the read API get an
 * ETag and a Last-Modified date from the change record ({@link Freshness}), the same on every node, and
 * {@code Cache-Control: public, max-age=1}; a revalidation whose ETag is current gets 304 without rendering. An
 * entry hidden from the public gets no validators and never a 304: it answers as a missing one. An address with an
 * unknown or repeated query parameter is sent (301) to its canonical form, which the front keeps nothing of. Search
 * answers are not kept (they follow the search index); members' answers (signed in, or with an API token) are
 * {@code private, no-store}. Declared in web.xml before the permalinks (after the refusal of NUL characters).
 */
public class PublicAnswers extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PUBLIC = "public, max-age=1";
    static final String NO_STORE = "no-store";
    static final String PRIVATE = "private, no-store";
    /** The build, so that a new version of the application never revalidates a page the old one rendered. */
    private static final String BUILD = build();

    @Inject
    Freshness freshness;

    @Inject
    PublicEntries entries;

    @Inject
    ChangeRecord record;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PublicRequest> public_ = PublicRequest.of(request);
        if (public_.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PublicRequest read = public_.get();
        if (request.getUserPrincipal() != null || request.getHeader("Authorization") != null) {
            // what members see depends on who they are: nothing of it may be kept by the front or a browser's peers
            response.setHeader("Cache-Control", PRIVATE);
            chain.doFilter(request, response);
            return;
        }
        if (read.canonical().isPresent()) {
            response.setHeader("Cache-Control", NO_STORE);
            response.setHeader("Location", read.canonical().get());
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            return;
        }
        if (read.search()) {
            response.setHeader("Cache-Control", NO_STORE);
            chain.doFilter(request, response);
            return;
        }
        if (!entries.shown(read.entry())) {
            // no validators, no 304: rendered, it answers exactly as a missing entry does
            chain.doFilter(request, response);
            return;
        }
        Freshness.Version version = freshness.version(read.tags());
        String etag = etag(read.variant() + "|" + version.position() + "|" + record.databaseId() + "|" + BUILD);
        Instant lastModified = version.modified().filter(freshness::settled).orElse(null);
        Runnable validators = () -> {
            response.setHeader("ETag", etag);
            if (lastModified != null) {
                response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
            }
            response.setHeader("Cache-Control", PUBLIC);
            response.setHeader("Vary", read.vary());
        };
        if (notModified(request, etag, lastModified)) {
            validators.run();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        WhenFound found = new WhenFound(response, validators);
        chain.doFilter(request, found);
        found.decide(); // an answer without a body (HEAD through JAX-RS)
    }

    /**
     * Whether the reader's copy is current: If-None-Match names the ETag, or, without If-None-Match, nothing
     * changed since If-Modified-Since (RFC 9110, 13.2.2).
     */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String noneMatch = request.getHeader("If-None-Match");
        if (noneMatch != null) {
            return Arrays.stream(noneMatch.split(","))
                    .map(String::strip)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(t -> t.equals("*") || t.equals(etag));
        }
        String modifiedSince = request.getHeader("If-Modified-Since");
        if (modifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(modifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // not a date: answer in full
        }
    }

    static String etag(String of) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of.getBytes(StandardCharsets.UTF_8));
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String build() {
        Properties build = new Properties();
        try (InputStream in = PublicAnswers.class.getResourceAsStream("/kb-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // no build id: the validators still follow every change
        }
        return build.getProperty("build", "unknown");
    }

    /**
     * Adds the validators when the answer starts, if it is a 200: a page that turns out missing or failing (404,
     * 500) carries none, so the front keeps nothing of it.
     */
    private static final class WhenFound extends HttpServletResponseWrapper {
        private final Runnable validators;
        private boolean decided;

        WhenFound(HttpServletResponse response, Runnable validators) {
            super(response);
            this.validators = validators;
        }

        void decide() {
            if (!decided) {
                decided = true;
                if (getStatus() == SC_OK && !isCommitted()) {
                    validators.run();
                }
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            decided = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            decided = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            decided = true;
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            decide();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            decide();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            decide();
            super.flushBuffer();
        }
    }
}
