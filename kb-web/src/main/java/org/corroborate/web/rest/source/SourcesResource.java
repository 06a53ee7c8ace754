package org.corroborate.web.rest.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.service.access.Reader;
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.Page;
import org.corroborate.service.browse.SourceFilter;
import org.corroborate.service.browse.SourceLine;
import org.corroborate.service.claim.ClaimSummary;
import org.corroborate.service.claim.Claims;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.Sources;
import org.corroborate.service.source.bibliography.BibliographyFormat;
import org.corroborate.service.source.bibliography.BibliographyImports;
import org.corroborate.service.source.bibliography.Decision;
import org.corroborate.service.source.bibliography.DuplicateCandidate;
import org.corroborate.service.source.bibliography.ImportPreview;
import org.corroborate.service.source.bibliography.ImportRecord;
import org.corroborate.service.source.bibliography.ImportResult;
import org.corroborate.web.rest.EntityTags;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.rest.Preconditions;
import org.corroborate.web.i18n.Languages;
import org.corroborate.web.rest.Uploads;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Sources; a confidential one appears as a stub, a members-only one not at all for the public. Members add and edit
 * sources and import bibliographic files, with the same validation and authorization as the pages.
 */
@RequestScoped
@Tag(name = "Sources", description = "The documents figures are cited from")
@Path("sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    @Inject
    Sources sources;

    @Inject
    Claims claims;

    @Inject
    BibliographyImports imports;

    @Inject
    Reader reader;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    ContainerRequestContext request;

    @Inject
    Browse browse;

    /** A page of the public sources, by title; members-only and confidential sources are never listed. */
    @GET
    @Operation(operationId = "listPublicSources", summary = "A page of the public sources, by title",
            description = "Sources held in confidence or shared with members only are never listed, whoever asks.")
    @APIResponse(responseCode = "200", description = "One page, with the total")
    @APIResponse(responseCode = "400", description = "An unknown kind, or a page out of bounds")
    public Page<SourceLine> list(@QueryParam("kind") @Parameter(description = "REPORT, NEWS_ARTICLE, JOURNAL_ARTICLE, TESTIMONY, "
                                         + "GOVERNMENT_DOCUMENT, UN_DOCUMENT, BOOK, DATASET, INTERVIEW or WEB_PAGE") String kind,
                                 @QueryParam("organization") @Parameter(description = "the holding organization's short address") String organization,
                                 @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                 @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Browse.MAX_PAGE)
                                 @Parameter(description = "page size, 1 to 100") int limit) {
        String k = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return browse.sources(new SourceFilter(k, organization == null || organization.isBlank() ? null : organization.strip(),
                offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSource", summary = "A source with its relays; a confidential one as a stub")
    public SourceView get(@PathParam("id") @Parameter(description = "the source's id, a positive whole number", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        long sourceId = Ids.parse(id);
        SourceView found = sources.find(sourceId, reader)
                .orElseThrow(() -> ClientError.notFound("api.notFound.source", sourceId));
        tag(sourceId);
        return found;
    }

    /** The source's version as this answer's ETag (EntityTags), when the caller may see the source in full. */
    private void tag(long sourceId) {
        sources.version(sourceId, reader).ifPresent(v -> request.setProperty(EntityTags.VERSION, v));
    }

    /** The claims citing the source that the caller may see. */
    @GET
    @Path("{id}/claims")
    @Operation(operationId = "listClaimsCitingSource", summary = "The claims citing the source that the caller may see")
    public List<ClaimSummary> citing(@PathParam("id") @Parameter(description = "the source's id, a positive whole number", required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        long sourceId = Ids.parse(id);
        return claims.citing(sourceId, reader)
                .orElseThrow(() -> ClientError.notFound("api.notFound.source", sourceId));
    }

    /** Sources whose title contains {@code q}, among those the caller may see in full (for picking relays). */
    @GET
    @Path("suggestions")
    @Operation(operationId = "suggestSources", summary = "Sources whose title contains q, among those the caller may see in full")
    public List<SourceRef> suggest(@QueryParam("q") String text, @QueryParam("limit") @DefaultValue("10") int limit) {
        return sources.suggest(reader, text, Math.max(1, Math.min(limit, 50)));
    }

    /** Adds a source held by the caller's organization: 201 with its address. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addSource", summary = "Add a source held by the caller's organization")
    @APIResponse(responseCode = "201", description = "the source as saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SourceView")))
    public Response add(NewSource command) {
        long id = sources.add(reader, command);
        tag(id);
        return Response.created(uri.getBaseUriBuilder().path("sources").path(String.valueOf(id)).build())
                .entity(sources.find(id, reader).orElseThrow())
                .build();
    }

    /**
     * Replaces a source's fields. {@code If-Match} names the version the edit is based on (the ETag of the source's
     * GET): without it the edit answers 428, and 412 when someone saved the source since.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSource", summary = "Replace a source's fields")
    public SourceView update(@PathParam("id") String id,
                             @HeaderParam("If-Match") @Parameter(description = "the source's ETag, as its GET answered it (\"3\"): the version this edit is based on", required = true) String ifMatch,
                             NewSource command) {
        long sourceId = Ids.parse(id);
        SourceView saved = sources.update(reader, sourceId, Preconditions.version(ifMatch), command);
        tag(sourceId);
        return saved;
    }

    /**
     * Imports a CSL-JSON, BibTeX or RIS file sent as the body. With {@code dryRun=true} (the default) nothing is
     * written and the preview comes back; otherwise every record is written in one transaction (or none: a record
     * that cannot be read refuses the whole file with 400), records with possible duplicates as
     * {@code onDuplicate} says. A file over 2 MB or of over 500 records is refused with 413.
     */
    @POST
    @Path("imports")
    @Consumes({"application/x-bibtex", "application/x-research-info-systems", "application/vnd.citationstyles.csl+json",
            MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importBibliography", summary = "Import a CSL-JSON, BibTeX or RIS file",
            description = "With dryRun=true (the default) nothing is written and the preview comes back (PreviewJson); "
                    + "otherwise every record is written in one transaction and the result comes back (ResultJson).")
    @RequestBody(content = {
            @Content(mediaType = "application/x-bibtex", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/x-research-info-systems", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.citationstyles.csl+json", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response importFile(@Schema(hidden = true) InputStream stream,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                               @QueryParam("onDuplicate") @DefaultValue("skip") String onDuplicate,
                               @QueryParam("fileName") String fileName,
                               @QueryParam("confidentiality") @DefaultValue("PUBLIC") String confidentiality)
            throws IOException {
        byte[] body = Uploads.readAtMost(stream, BibliographyImports.MAX_BYTES);
        if (body == null) {
            throw BibliographyImports.tooLarge();
        }
        Decision.OnDuplicate rule = parse(Decision.OnDuplicate.class, onDuplicate, "onDuplicate", "skip, merge or create");
        Confidentiality level = parse(Confidentiality.class, confidentiality, "confidentiality",
                "PUBLIC, MEMBERS_ONLY or HOLDER_ONLY");
        BibliographyFormat format = BibliographyFormat.ofMediaType(contentType).orElse(null);
        if (dryRun) {
            ImportPreview preview = imports.preview(reader, fileName, format, body, level);
            return Response.ok(PreviewJson.of(preview, locale())).build();
        }
        ImportResult result = imports.importAll(reader, fileName, format, body, level, rule);
        return Response.ok(ResultJson.of(result)).build();
    }

    /** A preview as JSON, its problems written in the caller's language. */
    public record PreviewJson(String fileName, String format, long importable, long withErrors, long withDuplicates,
                              List<RecordJson> records) {
        static PreviewJson of(ImportPreview p, Locale locale) {
            return new PreviewJson(p.fileName(), p.format().name(), p.importableCount(), p.errorCount(),
                    p.duplicateCount(), p.records().stream().map(r -> RecordJson.of(r, locale)).toList());
        }
    }

    public record RecordJson(int index, String key, int line, boolean importable, NewSource understood,
                             List<ProblemJson> problems, List<DuplicateCandidate> duplicates, String defaultAction) {
        static RecordJson of(ImportRecord r, Locale locale) {
            return new RecordJson(r.index(), r.key(), r.line(), r.importable(), r.source(),
                    r.problems().stream().map(p -> new ProblemJson(p.severity().name(), p.text(locale))).toList(),
                    r.duplicates(), r.defaultDecision().action().name());
        }
    }

    public record ProblemJson(String severity, String message) {
    }

    public record ResultJson(String fileName, long created, long merged, long skipped, List<ImportResult.Row> rows) {
        static ResultJson of(ImportResult r) {
            return new ResultJson(r.fileName(), r.created(), r.merged(), r.skipped(), r.rows());
        }
    }

    private Locale locale() {
        return Languages.among(headers, "ko", "en");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ClientError.badRequest("api.parameter.choice", name, allowed);
        }
    }
}
