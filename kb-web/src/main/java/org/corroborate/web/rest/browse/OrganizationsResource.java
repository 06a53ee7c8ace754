package org.corroborate.web.rest.browse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.browse.Browse;
import org.corroborate.service.browse.ClaimLine;
import org.corroborate.service.browse.OrganizationLine;
import org.corroborate.service.browse.OrganizationProfile;
import org.corroborate.service.browse.Page;
import org.corroborate.web.rest.problem.ClientError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Member organizations and their public work: verified claims, public sources (GET /sources?organization=slug),
 * endorsements of and dissents from published reconciliations.
 */
@RequestScoped
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "The member organizations and what each has published")
public class OrganizationsResource {

    private static final String SLUG = "[a-z0-9-]{1,80}";

    @Inject
    Browse browse;

    @GET
    @Operation(operationId = "listOrganizations",
            summary = "Every member organization, by name, with its counts of public sources and verified claims")
    @APIResponse(responseCode = "200", description = "The organizations")
    public List<OrganizationLine> list() {
        return browse.organizations();
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getOrganization",
            summary = "An organization's public profile, with its latest endorsements and dissents")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "404", description = "No organization has this short address")
    public OrganizationProfile get(@PathParam("slug") @Parameter(required = true, description = "short address, such as hrnk") String slug) {
        return browse.organization(known(slug)).orElseThrow(() -> notFound(slug));
    }

    @GET
    @Path("{slug}/claims")
    @Operation(operationId = "listOrganizationClaims",
            summary = "A page of an organization's verified claims, the most recent first")
    @APIResponse(responseCode = "200", description = "One page, with the total")
    @APIResponse(responseCode = "404", description = "No organization has this short address")
    public Page<ClaimLine> claims(@PathParam("slug") @Parameter(required = true, description = "short address, such as hrnk") String slug,
                                  @QueryParam("offset") @DefaultValue("0") @Min(0)
                                  @Parameter(description = "how many claims to skip") int offset,
                                  @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Browse.MAX_PAGE)
                                  @Parameter(description = "page size, 1 to 100") int limit) {
        return browse.claimsOf(known(slug), offset, limit).orElseThrow(() -> notFound(slug));
    }

    private static String known(String slug) {
        if (slug == null || !slug.matches(SLUG)) {
            throw notFound(slug);
        }
        return slug;
    }

    private static ClientError notFound(String slug) {
        return ClientError.notFound("api.notFound.organization", slug);
    }
}
