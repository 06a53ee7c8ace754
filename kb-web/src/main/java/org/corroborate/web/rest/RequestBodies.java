package org.corroborate.web.rest;

import org.corroborate.web.i18n.Languages;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.corroborate.web.rest.problem.Problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;

/**
 * What the API checks before it reads a request's body, so that no body can hang, crash or probe the server.
 * <ul>
 *     <li>An anonymous caller may change nothing: a write (POST, PUT, PATCH, DELETE) without a signed-in session or a
 *     personal API token answers 401 before a byte of its body is read.</li>
 *     <li>A JSON body bound to a type (a record, a JSON-P value) is read whole, at most {@value #MAX_BYTES} bytes
 *     (413 beyond), and checked by a streaming parse: well-formed, nested at most {@value #MAX_DEPTH} levels, numbers
 *     of at most {@value #MAX_NUMBER_LENGTH} characters with an exponent of at most {@value #MAX_EXPONENT}. Only then
 *     does JSON-B bind it: the binder could loop for ever on a truncated body with an unknown nested key
 *     (eclipse-ee4j/parsson#23). Raw bodies (files taken as bytes or text) are left to the importer that reads them.</li>
 *     <li>A well-formed body of the wrong shape ({@code []} for an object, text for a number) is a 400, not a 500.</li>
 * </ul>
 * Each refusal is a problem document in the caller's language (English or Korean), and nothing is changed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RequestBodies implements ContainerRequestFilter, ReaderInterceptor {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 40;
    static final int MAX_EXPONENT = 30;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<Class<?>> RAW = Set.of(byte[].class, String.class, InputStream.class, Reader.class, File.class);

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (WRITES.contains(request.getMethod()) && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                            text(Languages.of(headers), "api.signIn"), request.getUriInfo().getRequestUri().getRawPath(), null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"corroborate\"").build());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || RAW.contains(context.getType())) {
            return context.proceed();
        }
        Locale language = Languages.of(headers);
        byte[] body = readAtMost(context.getInputStream(), language);
        check(body, language);
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonbException | JsonException | ProcessingException e) {
            throw new BadRequestException(text(language, "api.body.shape"), e);
        }
    }

    /** The problem with this body as JSON, or none: well-formed, not too deep, no outlandish number. */
    static void check(byte[] body, Locale language) {
        int depth = 0;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new BadRequestException(text(language, "api.body.tooDeep", MAX_DEPTH));
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_NUMBER -> number(parser.getString(), language);
                    default -> {
                    }
                }
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new BadRequestException(at == null ? text(language, "api.body.malformed", "?", "?")
                    : text(language, "api.body.malformed", at.getLineNumber(), at.getColumnNumber()));
        } catch (JsonException e) {
            throw new BadRequestException(text(language, "api.body.malformed", "?", "?"));
        }
    }

    private static void number(String literal, Locale language) {
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        boolean tooLarge = false;
        if (e >= 0) {
            String exponent = literal.substring(e + 1).replace("+", "");
            tooLarge = exponent.replace("-", "").length() > 2 || Math.abs(Integer.parseInt(exponent)) > MAX_EXPONENT;
        }
        if (literal.length() > MAX_NUMBER_LENGTH || tooLarge) {
            String shown = literal.length() > 20 ? literal.substring(0, 20) + "…" : literal;
            throw new BadRequestException(text(language, "api.body.number", shown));
        }
    }

    private static byte[] readAtMost(InputStream in, Locale language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > MAX_BYTES) {
                throw new WebApplicationException(text(language, "api.body.tooLarge", MAX_BYTES),
                        Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    static String text(Locale language, String key, Object... arguments) {
        return Languages.text(language, "api", key, arguments);
    }
}
