package org.corroborate.web.rest.source.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.source.text.PdfJobView;
import org.corroborate.service.source.text.SourceTextView;
import org.corroborate.service.source.text.SourceTexts;
import org.corroborate.service.source.text.TextSummary;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.i18n.Languages;
import org.corroborate.web.rest.Uploads;
import org.corroborate.web.rest.problem.ClientError;
import org.corroborate.web.rest.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Locale;

/**
 * The text held for a source. {@code PUT} with {@code application/pdf} (the file's bytes; {@code ?fileName=}
 * names it) queues the PDF to be read in the background and answers 202 with the job ({@code GET jobs/<job>});
 * {@code text/plain} (pasted text) replaces the text at once and answers its summary; {@code GET} answers its
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

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "getSourceText", summary = "A source's held text, page by page")
    public SourceTextView get(@PathParam("id") String id) {
        long sourceId = Ids.parse(id);
        return texts.text(reader, sourceId)
                .orElseThrow(() -> ClientError.notFound("api.notFound.sourceText", sourceId));
    }

    @PUT
    @Consumes("application/pdf")
    @Operation(operationId = "attachSourceText", summary = "Attach a PDF or a pasted text to a source, replacing its text",
            description = "A PDF is read in the background: the answer is 202 with the reading job (its Location), "
                    + "which GET follows until DONE (the text is kept) or FAILED (nothing is kept; `problem` says why). "
                    + "Pages without a text layer (scans) are read by OCR (Tesseract, English and Korean), each marked "
                    + "so in the text with its confidence. "
                    + "Pasted text is kept at once: 200 with the text's summary.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "the pasted text is kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TextSummary.class)))
    @APIResponse(responseCode = "202", description = "the PDF is queued to be read; Location is its job",
            headers = @Header(name = "Location", description = "the job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PdfJobDocument.class)))
    @APIResponse(responseCode = "429", description = "too many PDFs of this account (or of the server) wait to be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putPdf(@PathParam("id") String id, @QueryParam("fileName") String fileName,
                           @Schema(hidden = true) InputStream body)
            throws IOException {
        long sourceId = Ids.parse(id);
        byte[] bytes = Uploads.readAtMost(body, SourceTexts.MAX_PDF_BYTES);
        if (bytes == null) {
            throw tooLarge(SourceTexts.fileTooLarge(Math.max(Uploads.announcedLength(headers), SourceTexts.MAX_PDF_BYTES + 1L)));
        }
        // a full queue is a TooBusyException, which ProblemMapper answers with 429 and Retry-After
        PdfJobView job = texts.startPdf(reader.via(Channel.API), sourceId, fileName, bytes);
        URI location = uri.getBaseUriBuilder().path("sources/{id}/text/jobs/{job}").build(sourceId, job.id());
        return Response.accepted(PdfJobDocument.of(job, locale(), location.getRawPath()))
                .location(location)
                .header(HttpHeaders.RETRY_AFTER, 1)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * A PDF's reading job: QUEUED, RUNNING (pages read of the page count), DONE (with the kept text's summary) or
     * FAILED (with a problem document saying why, in the caller's language). Only members of the organization
     * holding the source see it; to anyone else it answers 404 as a job that does not exist.
     */
    @GET
    @Path("jobs/{job}")
    @Operation(operationId = "getSourceTextJob", summary = "How far the reading of an uploaded PDF got")
    @APIResponse(responseCode = "200", description = "the job as it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PdfJobDocument.class)))
    @APIResponse(responseCode = "404", description = "no such job, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response job(@PathParam("id") String id, @PathParam("job") String jobId) {
        long sourceId = Ids.parse(id);
        PdfJobView job = texts.pdfJob(reader.via(Channel.API), sourceId, jobId)
                .orElseThrow(() -> ClientError.notFound("api.notFound.pdfJob"));
        Response.ResponseBuilder answer = Response.ok(PdfJobDocument.of(job, locale(), uri.getRequestUri().getRawPath()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        return (job.finished() ? answer : answer.header(HttpHeaders.RETRY_AFTER, 1)).build();
    }

    /**
     * Queues again a PDF reading that FAILED and is {@code retryable}, from the file the job kept (only its
     * uploader may): 202 with the job, QUEUED. 409 when the job is not failed, or failed in a way a retry cannot
     * change; 404 as for a missing job when the caller may not see it.
     */
    @POST
    @Path("jobs/{job}/retry")
    @Operation(operationId = "retrySourceTextJob", summary = "Queue again a PDF reading that failed and may be retried")
    @APIResponse(responseCode = "202", description = "the job is queued again; Location is the job",
            headers = @Header(name = "Location", description = "the job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PdfJobDocument.class)))
    @APIResponse(responseCode = "404", description = "no such job, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the job is not failed, or its failure is not one a retry changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@PathParam("id") String id, @PathParam("job") String jobId) {
        long sourceId = Ids.parse(id);
        PdfJobView job = texts.retryPdf(reader.via(Channel.API), sourceId, jobId)
                .orElseThrow(() -> ClientError.notFound("api.notFound.pdfJob"));
        URI location = uri.getBaseUriBuilder().path("sources/{id}/text/jobs/{job}").build(sourceId, job.id());
        return Response.accepted(PdfJobDocument.of(job, locale(), location.getRawPath()))
                .location(location)
                .header(HttpHeaders.RETRY_AFTER, 1)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * A PDF's reading job as the API shows it.
     *
     * @param state     QUEUED, RUNNING, DONE or FAILED
     * @param pagesRead pages read so far, of {@code pages} (0 until the PDF is opened)
     * @param ocrPagesRead pages without a text layer read by OCR so far, of {@code ocrPages}
     * @param ocrPages  pages without a text layer (scans), read by OCR after the text layer (0 when none, or not yet known)
     * @param percent   0–100
     * @param text      the kept text's summary, once DONE
     * @param problem   why nothing was kept, once FAILED: an RFC 9457 problem document in the caller's language
     * @param retryable once FAILED: true when POST {@code jobs/<job>/retry} may queue it again
     */
    @Schema(name = "PdfJob")
    public record PdfJobDocument(String id, long sourceId, String fileName, long size,
                                 String state,
                                 int pagesRead, int pages, int ocrPagesRead, int ocrPages, int percent,
                                 Instant queuedAt, Instant finishedAt,
                                 TextSummary text, Problem problem, boolean retryable) {

        static PdfJobDocument of(PdfJobView job, Locale locale, String instance) {
            Problem problem = job.failure() == null ? null : new Problem("about:blank", "Bad Request", 400,
                    job.failure(locale), instance, null);
            return new PdfJobDocument(job.id(), job.sourceId(), job.fileName(), job.size(), job.state().name(),
                    job.pagesRead(), job.pages(), job.ocrPagesRead(), job.ocrPages(), job.percent(), job.queuedAt(),
                    job.finishedAt(), job.text(), problem, job.retryable());
        }
    }

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(operationId = "attachSourceText", summary = "Attach a PDF or a pasted text to a source, replacing its text",
            description = "A PDF is read in the background: the answer is 202 with the reading job (its Location), "
                    + "which GET follows until DONE (the text is kept) or FAILED (nothing is kept; `problem` says why). "
                    + "Pages without a text layer (scans) are read by OCR (Tesseract, English and Korean), each marked "
                    + "so in the text with its confidence. "
                    + "Pasted text is kept at once: 200 with the text's summary.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "the pasted text is kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TextSummary.class)))
    @APIResponse(responseCode = "202", description = "the PDF is queued to be read; Location is its job",
            headers = @Header(name = "Location", description = "the job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PdfJobDocument.class)))
    @APIResponse(responseCode = "429", description = "too many PDFs of this account (or of the server) wait to be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putText(@PathParam("id") String id, @Schema(hidden = true) InputStream body) throws IOException {
        long sourceId = Ids.parse(id);
        byte[] bytes = Uploads.readAtMost(body, MAX_TEXT_BYTES);
        if (bytes == null) {
            throw tooLarge(SourceTexts.textTooLong(Math.max(Uploads.announcedLength(headers), MAX_TEXT_BYTES + 1L)));
        }
        String text = new String(bytes, charset());
        if (text.length() > SourceTexts.MAX_PASTED_CHARS) {
            throw tooLarge(SourceTexts.textTooLong(text.length()));
        }
        TextSummary summary = texts.attachText(reader.via(Channel.API), sourceId, text);
        return Response.ok(summary).build();
    }

    /** 413 with the refusal in the caller's language; ProblemMapper answers it as a problem document. */
    private ClientErrorException tooLarge(InvalidInputException refusal) {
        return new ClientErrorException(refusal.getMessage(locale()), Response.Status.REQUEST_ENTITY_TOO_LARGE);
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
