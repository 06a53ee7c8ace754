package org.corroborate.web.rest.claim.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.corroborate.service.claim.imports.ClaimCsv;
import org.corroborate.service.claim.imports.ClaimImports;
import org.corroborate.service.claim.imports.ImportJobView;
import org.corroborate.service.claim.imports.ImportJobs;
import org.corroborate.service.claim.imports.ImportReport;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Imports draft claims from a CSV file in the background: {@code POST /api/v1/claims/imports?name=claims.csv} with
 * the file as a {@code text/csv} body ({@code &dryRun=true} only checks it) answers 202 with the job, which
 * {@code GET /api/v1/claims/imports/<job>} follows until DONE (with the same result a page shows) or FAILED; a job
 * FAILED and {@code retryable} (its server stopped, or it failed on our side) is queued again by
 * {@code POST /api/v1/claims/imports/<job>/retry}. Any node of a cluster answers for any job. The template is at
 * {@code GET /api/v1/claims/imports/template}.
 */
@RequestScoped
@Tag(name = "Claim imports", description = "Draft claims from a CSV file")
@Path("claims/imports")
public class ClaimImportsResource {

    static final String CSV = "text/csv";

    @Inject
    ClaimImports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    Reader reader;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "importClaimsCsv", summary = "Import draft claims from a CSV file (contributors)",
            description = "The file is checked and imported in the background: the answer is 202 with the job (its "
                    + "Location), which GET follows until DONE (`result` says what was written, or lists every bad row "
                    + "when nothing was) or FAILED (nothing was written; `problem` says why). With dryRun=true the job "
                    + "only checks the file, exactly as the import would.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "the file is queued to be imported (or checked); Location is its job",
            headers = @Header(name = "Location", description = "the job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimImportJob.class)))
    @APIResponse(responseCode = "413", description = "the file is over 5 MB or has over 10,000 rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "this account has 2 imports waiting or running (the server 10)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importCsv(@Schema(hidden = true) InputStream body, @QueryParam("name") String name,
                              @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) throws IOException {
        byte[] content = Uploads.readAtMost(body, ClaimCsv.MAX_BYTES);
        if (content == null) {
            throw ClaimImports.tooLarge(Math.max(Uploads.announcedLength(headers), ClaimCsv.MAX_BYTES + 1L));
        }
        // too many rows is a TooLargeException (413), a full queue a TooBusyException (429 with Retry-After)
        ImportJobView job = imports.start(reader.via(Channel.API), name, content, dryRun);
        URI location = uri.getBaseUriBuilder().path("claims/imports/{job}").build(job.id());
        return Response.accepted(ClaimImportJob.of(job, locale(), location.getRawPath()))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .location(location)
                .header(HttpHeaders.RETRY_AFTER, 1)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * An import job: QUEUED, RUNNING (rows checked, then written, of the file's rows), DONE (with the result) or
     * FAILED (with a problem document saying why, in the caller's language). Only the account that started it sees
     * it; to anyone else it answers 404 as a job that does not exist.
     */
    @GET
    @Path("{job}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "getClaimImportJob", summary = "How far an import of claims got, and its result")
    @APIResponse(responseCode = "200", description = "the job as it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimImportJob.class)))
    @APIResponse(responseCode = "404", description = "no such job, or not one the caller started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response job(@PathParam("job") String jobId) {
        ImportJobView job = jobs.find(reader.via(Channel.API), jobId)
                .orElseThrow(() -> ClientError.notFound("api.notFound.importJob"));
        Response.ResponseBuilder answer = Response.ok(ClaimImportJob.of(job, locale(), uri.getRequestUri().getRawPath()))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        return (job.finished() ? answer : answer.header(HttpHeaders.RETRY_AFTER, 1)).build();
    }

    /**
     * Queues again an import that FAILED and is {@code retryable}, from the file the job kept: 202 with the job,
     * QUEUED, as the first POST answers. 409 when the job is not failed, or failed in a way a retry cannot change;
     * 404 as for a missing job when another account started it.
     */
    @POST
    @Path("{job}/retry")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "retryClaimImportJob", summary = "Queue again an import that failed and may be retried")
    @APIResponse(responseCode = "202", description = "the job is queued again; Location is the job",
            headers = @Header(name = "Location", description = "the job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimImportJob.class)))
    @APIResponse(responseCode = "404", description = "no such job, or not one the caller started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the job is not failed, or its failure is not one a retry changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@PathParam("job") String jobId) {
        ImportJobView job = imports.retry(reader.via(Channel.API), jobId)
                .orElseThrow(() -> ClientError.notFound("api.notFound.importJob"));
        URI location = uri.getBaseUriBuilder().path("claims/imports/{job}").build(job.id());
        return Response.accepted(ClaimImportJob.of(job, locale(), location.getRawPath()))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .location(location)
                .header(HttpHeaders.RETRY_AFTER, 1)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The template: the header row and one example row from the demo data. */
    @GET
    @Path("template")
    @Produces(CSV)
    @Operation(operationId = "getClaimImportTemplate", summary = "The CSV template: the header row and one example row")
    @APIResponse(responseCode = "200", description = "the template", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response template() {
        return Response.ok(imports.template(), MediaType.valueOf(CSV + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"claims-template.csv\"")
                .build();
    }

    private Locale locale() {
        return Languages.of(headers);
    }

    /**
     * An import job as the API shows it.
     *
     * @param state     QUEUED, RUNNING, DONE or FAILED
     * @param step      while RUNNING: VALIDATING (checking every row) or WRITING (saving the drafts)
     * @param rowsDone  rows checked, then written, so far, of {@code rowsTotal} (0 until the file is read)
     * @param percent   0–100
     * @param result    once DONE: what was written, or every bad row (then nothing was)
     * @param problem   once FAILED: why nothing was written, an RFC 9457 problem document in the caller's language
     * @param retryable once FAILED: true when POST {@code <job>/retry} may queue it again (its server stopped, or
     *                  it failed on our side); false for a refused file
     * @param attempts  runs started (a job whose server stopped is run again once on another server)
     */
    @Schema(name = "ClaimImportJob")
    public record ClaimImportJob(String id, String file, boolean dryRun, String state, String step, int rowsDone,
                                 int rowsTotal, int percent, Instant queuedAt, Instant finishedAt,
                                 ClaimImportJobResult result, Problem problem, boolean retryable, int attempts) {

        static ClaimImportJob of(ImportJobView job, Locale locale, String instance) {
            ImportJobView.State state = job.state();
            Problem problem = job.failure() == null ? null : new Problem("about:blank", "Bad Request", 400,
                    job.failure(locale), instance, null);
            return new ClaimImportJob(job.id(), job.fileName(), job.dryRun(),
                    state.running() ? "RUNNING" : state.name(), state.running() ? state.name() : null,
                    job.done(), job.total(), job.percent(), job.queuedAt(), job.finishedAt(),
                    job.report() == null ? null : ClaimImportJobResult.of(job.report(), job.dryRun(), locale),
                    problem, job.retryable(), job.attempts());
        }
    }

    /**
     * What an import did, or would do.
     *
     * @param outcome IMPORTED, VALID (a dry run without problems), INVALID (nothing was written: see {@code errors})
     *                or ALREADY_IMPORTED (the organization imported the same file before; nothing was written)
     * @param detail  for INVALID, what to do, in the caller's language
     * @param errors  for INVALID, every bad row (row 0: the file as a whole), header first, then by row
     */
    @Schema(name = "ClaimImportJobResult")
    public record ClaimImportJobResult(String outcome, boolean dryRun, String file, String sha256, int rows,
                                       int createdCount, List<ClaimImportCreatedRow> created, List<Integer> alreadyPresent,
                                       Long importId, Instant previouslyImportedAt, String previousImporter,
                                       String detail, List<ClaimImportRowError> errors) {

        static ClaimImportJobResult of(ImportReport r, boolean dryRun, Locale locale) {
            List<ClaimImportRowError> errors = r.problems().stream()
                    .map(p -> new ClaimImportRowError(p.row(), p.column(), p.message(locale))).toList();
            return new ClaimImportJobResult(r.outcome().name(), dryRun, r.fileName(), r.sha256(), r.rows(),
                    r.created().size(),
                    r.created().stream().map(c -> new ClaimImportCreatedRow(c.row(), c.claim(), c.statement())).toList(),
                    r.alreadyPresent(), r.importId(), r.previousImportAt(), r.previousImporter(),
                    r.invalid() ? Languages.text(locale, "imports", "api.invalid", errors.size()) : null, errors);
        }
    }

    /** One written row: its number in the file, the new draft claim and its statement. */
    @Schema(name = "ClaimImportCreatedRow")
    public record ClaimImportCreatedRow(int row, long claim, String statement) {
    }

    /** One bad row (0 for the file as a whole), its column when known, and what to fix. */
    @Schema(name = "ClaimImportRowError")
    public record ClaimImportRowError(int row, String column, String message) {
    }
}
