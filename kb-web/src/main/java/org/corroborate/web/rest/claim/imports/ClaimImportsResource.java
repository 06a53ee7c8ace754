package org.corroborate.web.rest.claim.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.corroborate.service.claim.imports.ImportProblem;
import org.corroborate.service.claim.imports.ImportReport.ImportedRow;
import org.corroborate.service.claim.imports.ImportReport;
import org.corroborate.web.rest.Languages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Imports draft claims from a CSV file, synchronously: {@code POST /api/v1/claims/imports?name=claims.csv}
 * with the file as a {@code text/csv} body ({@code &dryRun=true} only checks it). The template is at
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
    Reader reader;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /**
     * @return 201 with the result when claims were imported; 200 for a clean dry run or a file imported before;
     * 400 with a problem document listing every bad row (nothing was written); 403 for non-contributors
     */
    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(operationId = "importClaimsCsv", summary = "Import draft claims from a CSV file (contributors)")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response importCsv(@Schema(hidden = true) InputStream body, @QueryParam("name") String name,
                              @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) throws IOException {
        // read one byte past the limit, so that a larger file is refused without being read whole
        byte[] content = body == null ? new byte[0] : body.readNBytes(ClaimCsv.MAX_BYTES + 1);
        ImportReport report = imports.importCsv(reader.via(Channel.API), name, content, dryRun);
        Locale locale = locale();
        if (report.invalid()) {
            List<RowError> rows = report.problems().stream()
                    .map(p -> new RowError(p.row(), p.column(), p.message(locale))).toList();
            List<FieldError> errors = report.problems().stream()
                    .map(p -> new FieldError(field(p), p.message(locale))).toList();
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.valueOf("application/problem+json;charset=UTF-8"))
                    .entity(new ImportProblemDocument("about:blank", "Bad Request", 400,
                            detail(locale, report.problems().size()), uri.getRequestUri().getRawPath(), errors, rows))
                    .build();
        }
        ImportResult result = ImportResult.of(report, dryRun);
        return Response.status(report.outcome() == ImportReport.Outcome.IMPORTED ? 201 : 200)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(result)
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

    private static String field(ImportProblem p) {
        if (p.row() == 0) {
            return "file";
        }
        return "row " + p.row() + (p.column() == null ? "" : ": " + p.column());
    }

    private static String detail(Locale locale, int problems) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.corroborate.web.i18n.imports", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("api.invalid"), locale).format(new Object[]{problems});
    }

    private Locale locale() {
        return Languages.of(headers);
    }

    /** One bad row (0 for the file as a whole), its column when known, and what to fix. */
    public record RowError(int row, String column, String message) {
    }

    /** The same problem, in the shape of the API's other validation problems. */
    public record FieldError(String field, String message) {
    }

    /** An RFC 9457 problem document listing the file's bad rows. */
    public record ImportProblemDocument(String type, String title, int status, String detail, String instance,
                                        List<FieldError> errors, List<RowError> rows) {
    }

    /**
     * What an import did: {@code outcome} is IMPORTED, VALID (a dry run without problems) or ALREADY_IMPORTED.
     */
    public record ImportResult(String outcome, boolean dryRun, String file, String sha256, int rows,
                               int createdCount, List<ImportedRow> created, List<Integer> alreadyPresent,
                               Long importId, Instant previouslyImportedAt, String previousImporter) {
        static ImportResult of(ImportReport r, boolean dryRun) {
            return new ImportResult(r.outcome().name(), dryRun, r.fileName(), r.sha256(), r.rows(), r.created().size(),
                    r.created(), r.alreadyPresent(), r.importId(), r.previousImportAt(), r.previousImporter());
        }
    }
}
