package org.corroborate.web.rest.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Reader;
import org.corroborate.service.audit.AuditPage;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.web.rest.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * The audit trail for editors and organization admins: newest first, optionally for one entity, a page at a time with
 * the total ({@code total}, {@code offset}, {@code limit}, {@code items}, as the other lists).
 */
@RequestScoped
@Tag(name = "Audit", description = "Who changed what, when, through which channel")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    Reader reader;

    @GET
    @Operation(operationId = "browseAudit", summary = "One page of the audit trail, newest first, with the total (editors and organization admins)")
    public AuditPage browse(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                   @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                   @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500)
                                   @Parameter(description = "entries per page, 1 to 500") int limit) {
        return audit.page(reader, entityType, entityId == null ? null : Ids.parse(entityId), offset, limit);
    }
}
