package org.corroborate.web.rest.source.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Reader;
import org.corroborate.service.source.text.SourceTexts;
import org.corroborate.service.source.text.TextFigure;
import org.corroborate.web.rest.Ids;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The figures the extraction assistant finds in a source's held text, each with the quote its citation would
 * carry; 404 when the caller may not see the source in full or it holds no text.
 */
@RequestScoped
@Tag(name = "Source figures", description = "Figures the extraction assistant finds in a source's text")
@Path("sources/{id}/figures")
@Produces(MediaType.APPLICATION_JSON)
public class SourceFiguresResource {

    @Inject
    SourceTexts texts;

    @Inject
    Reader reader;

    @GET
    @Operation(operationId = "listSourceFigures", summary = "The figures the extraction assistant finds in a source's text")
    public List<TextFigure> get(@PathParam("id") String id) {
        long sourceId = Ids.parse(id);
        if (texts.summary(reader, sourceId).isEmpty()) {
            throw ClientError.notFound("api.notFound.sourceText", sourceId);
        }
        return texts.figures(reader, sourceId);
    }
}
