package org.corroborate.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The read API, version 1. Its OpenAPI document is at {@code /openapi} ({@code ?format=JSON} for JSON). */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Corroborate API", version = "1",
        description = "A cross-organization knowledge base of sourced figures. Without a token the API reads as the "
                + "public; members send Authorization: Bearer cbt_… (a personal API token). Errors are RFC 9457 "
                + "problem documents (application/problem+json)."))
public class RestApplication extends Application {
}
