package org.corroborate.web.rest.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.ClaimView;
import org.corroborate.service.claim.Claims;
import org.corroborate.web.rest.Ids;

/** Claims with their citations and sources as the caller may see them. */
@RequestScoped
@Path("claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    @Inject
    Claims claims;

    @Inject
    Reader reader;

    @GET
    @Path("{id}")
    public ClaimView get(@PathParam("id") String id) {
        long claimId = Ids.parse(id, "claim");
        return claims.find(claimId, reader)
                .orElseThrow(() -> new NotFoundException("There is no claim " + claimId + "."));
    }
}
