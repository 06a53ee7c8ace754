package org.corroborate.web.rest.crossref;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.crossref.ConflictFilter;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.service.crossref.MeasureConflicts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The conflict board for members: open conflicts per measure, the worst first. */
@RequestScoped
@Tag(name = "Conflicts", description = "The conflict board for members")
@Path("conflicts")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictsResource {

    @Inject
    CrossReferences crossReferences;

    @Inject
    Reader reader;

    /** {@code level} is MINOR, MODERATE or MAJOR: the least severe conflict shown. */
    @GET
    @Operation(operationId = "listConflicts", summary = "Open conflicts per measure, the worst first (members)")
    public List<MeasureConflicts> conflicts(@QueryParam("topic") String topic,
                                            @QueryParam("organization") String organization,
                                            @QueryParam("level") @Parameter(description = "MINOR, MODERATE or MAJOR: the least severe conflict shown") String level,
                                            @QueryParam("verifiedOnly") @DefaultValue("false") boolean verifiedOnly) {
        return crossReferences.conflictBoard(caller(), new ConflictFilter(topic, organization, level, verifiedOnly));
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
