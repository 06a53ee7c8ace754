package org.corroborate.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;

/**
 * Answers 201 Created with a Location for a resource method that returns what it created as a typed entity (so that
 * the OpenAPI document describes the answer's schema) and puts its address in {@link #LOCATION}.
 */
@Provider
public class CreatedAnswers implements ContainerResponseFilter {

    /** The request property a resource sets to the address of what it created. */
    public static final String LOCATION = CreatedAnswers.class.getName() + ".location";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(LOCATION) instanceof URI location && response.getStatus() == 200) {
            response.setStatus(201);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, location);
        }
    }
}
