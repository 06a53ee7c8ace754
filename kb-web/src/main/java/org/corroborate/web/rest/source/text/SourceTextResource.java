package org.corroborate.web.rest.source.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.source.text.SourceTextView;
import org.corroborate.service.source.text.SourceTexts;
import org.corroborate.service.source.text.TextSummary;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.rest.Languages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The text held for a source. {@code PUT} with {@code application/pdf} (the file's bytes; {@code ?fileName=}
 * names it) or {@code text/plain} (pasted text) replaces it and answers its summary; {@code GET} answers its
 * pages, or 404 when the caller may not see the source in full or it holds no text.
 * A PDF over 20 MB or a text over 2,000,000 characters is refused with 413; a file that is not a PDF with 400.
 */
@RequestScoped
@Tag(name = "Source texts", description = "The text held for a source")
@Path("sources/{id}/text")
@Produces(MediaType.APPLICATION_JSON)
public class SourceTextResource {

    /** Bytes of a text/plain body read at most: four per character is the most UTF-8 needs. */
    private static final int MAX_TEXT_BYTES = SourceTexts.MAX_PASTED_CHARS * 4;

    @Inject
    SourceTexts texts;

    @Inject
    Reader reader;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getSourceText", summary = "A source's held text, page by page")
    public SourceTextView get(@PathParam("id") String id) {
        long sourceId = Ids.parse(id, "source");
        return texts.text(reader, sourceId)
                .orElseThrow(() -> new NotFoundException("Source " + sourceId + " has no text you may read."));
    }

    @PUT
    @Consumes("application/pdf")
    @Operation(operationId = "attachSourceText", summary = "Attach a PDF or a pasted text to a source, replacing its text")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    public Response putPdf(@PathParam("id") String id, @QueryParam("fileName") String fileName,
                           @Schema(hidden = true) InputStream body)
            throws IOException {
        long sourceId = Ids.parse(id, "source");
        byte[] bytes = readAtMost(body, SourceTexts.MAX_PDF_BYTES);
        if (bytes == null) {
            throw tooLarge(SourceTexts.fileTooLarge(Math.max(contentLength(), SourceTexts.MAX_PDF_BYTES + 1L)));
        }
        TextSummary summary = texts.attachPdf(reader.via(Channel.API), sourceId, fileName, bytes);
        return Response.ok(summary).build();
    }

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(operationId = "attachSourceText", summary = "Attach a PDF or a pasted text to a source, replacing its text")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    public Response putText(@PathParam("id") String id, @Schema(hidden = true) InputStream body) throws IOException {
        long sourceId = Ids.parse(id, "source");
        byte[] bytes = readAtMost(body, MAX_TEXT_BYTES);
        if (bytes == null) {
            throw tooLarge(SourceTexts.textTooLong(Math.max(contentLength(), MAX_TEXT_BYTES + 1L)));
        }
        String text = new String(bytes, charset());
        if (text.length() > SourceTexts.MAX_PASTED_CHARS) {
            throw tooLarge(SourceTexts.textTooLong(text.length()));
        }
        TextSummary summary = texts.attachText(reader.via(Channel.API), sourceId, text);
        return Response.ok(summary).build();
    }

    /** The body, or null when it is longer than {@code max} bytes (reading stops there). */
    private static byte[] readAtMost(InputStream body, int max) throws IOException {
        // read one byte past the limit, so that a larger body is refused without being read whole
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    /** 413 with the refusal in the caller's language; ProblemMapper answers it as a problem document. */
    private ClientErrorException tooLarge(InvalidInputException refusal) {
        return new ClientErrorException(refusal.getMessage(locale()), Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private long contentLength() {
        String length = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Charset charset() {
        MediaType type = headers == null ? null : headers.getMediaType();
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException("The charset \"" + name + "\" is unknown; send the text as UTF-8.");
        }
    }

    /** The caller's preferred language (Accept-Language), English when it names none. */
    private Locale locale() {
        return Languages.of(headers);
    }
}
