package org.corroborate.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.Map;

/**
 * The read API, version 1. Its OpenAPI document is at {@code /openapi} ({@code ?format=JSON} for JSON), for platform
 * admins.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Corroborate API", version = "1",
        description = "A cross-organization knowledge base of sourced figures. Without a token the API reads as the "
                + "public; members send Authorization: Bearer cbt_… (a personal API token). Errors are RFC 9457 "
                + "problem documents (application/problem+json)."))
public class RestApplication extends Application {

    /**
     * No WADL: Jersey would otherwise describe the API a second time, to anyone, at {@code application.wadl} and in
     * the answer to {@code OPTIONS} on every address. The OpenAPI document is the API's one description, for platform
     * admins (web.security.OperationalEndpoints).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
