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
import org.corroborate.service.crossref.ClaimCrossReference;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.web.rest.Ids;


/** One claim's origin chains and its findings against the other claims of its measure. */
@RequestScoped
@Path("claims/{id}/comparisons")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimComparisonsResource {

    @Inject
    CrossReferences crossReferences;

    @Inject
    Reader reader;

    @GET
    public ClaimCrossReference ofClaim(@PathParam("id") String id) {
        long claimId = Ids.parse(id, "claim");
        return crossReferences.ofClaim(claimId, caller())
                .orElseThrow(() -> new NotFoundException("There is no claim " + claimId + "."));
    }

    private Reader caller() {
        return reader.via(Channel.API);
    }
}
