package org.corroborate.web.rest.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.corroborate.service.access.Reader;
import org.corroborate.service.audit.AuditEntry;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.web.rest.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The audit trail for editors and organization admins: newest first, optionally for one entity. */
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
    @Operation(operationId = "browseAudit", summary = "The audit trail, newest first (editors and organization admins)")
    public List<AuditEntry> browse(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.browse(reader, entityType, entityId == null ? null : Ids.parse(entityId), offset, limit);
    }
}
