package org.corroborate.web.rest.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.corroborate.service.access.Reader;
import org.corroborate.service.export.OpenData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open-data downloads, streamed as the service reads them: claims as CSV, a JSON dump, a CSL-JSON bibliography. */
@RequestScoped
@Tag(name = "Open data", description = "Downloads and the feed, the same for every caller")
@Path("exports")
public class ExportsResource {

    /** CSL-JSON's own media type. */
    public static final String CSL_JSON = "application/vnd.citationstyles.csl+json";

    @Inject
    OpenData openData;

    @Inject
    Reader reader;

    /** Every verified claim, one row each, with its figure, period, organization and sources. */
    @GET
    @Path("claims.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(operationId = "exportClaimsCsv", summary = "Every verified claim as CSV, one row each")
    @APIResponse(responseCode = "200", description = "the CSV file", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response claimsCsv() {
        Reader caller = reader;
        return download((StreamingOutput) out -> openData.writeClaimsCsv(caller, out), "corroborate-claims.csv");
    }

    /** Organizations, sources, measures with their verified claims, and published reconciliations. */
    @GET
    @Path("dump.json")
    @Produces(MediaType.APPLICATION_JSON + "; charset=UTF-8")
    @Operation(operationId = "exportDump", summary = "Organizations, sources, measures with their verified claims, and published reconciliations")
    @APIResponse(responseCode = "200", description = "the JSON dump",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response dump() {
        Reader caller = reader;
        return download((StreamingOutput) out -> openData.writeDump(caller, out), "corroborate-dump.json");
    }

    /** The public sources as CSL-JSON, for reference managers and citation processors. */
    @GET
    @Path("sources.csl.json")
    @Produces({CSL_JSON + "; charset=UTF-8", MediaType.APPLICATION_JSON + "; charset=UTF-8"})
    @Operation(operationId = "exportBibliography", summary = "The public sources as CSL-JSON")
    public Response bibliography() {
        Reader caller = reader;
        return download((StreamingOutput) out -> openData.writeBibliography(caller, out), "corroborate-sources.csl.json");
    }

    private static Response download(StreamingOutput body, String fileName) {
        return Response.ok(body)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
