package org.corroborate.web.rest.crossref;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.service.crossref.MeasureCrossReference;


/** What cross-referencing found on a measure's claims: findings per pair, origin groups, origin chains. */
@RequestScoped
@Path("measures/{slug}/comparisons")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureComparisonsResource {

    @Inject
    CrossReferences crossReferences;

    @Inject
    Reader reader;

    @GET
    public MeasureCrossReference ofMeasure(@PathParam("slug") String slug) {
        return crossReferences.ofMeasure(slug, caller())
                .orElseThrow(() -> new NotFoundException("There is no measure " + slug + "."));
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
