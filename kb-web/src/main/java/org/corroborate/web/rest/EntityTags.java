package org.corroborate.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.corroborate.service.shared.Versioned;

/**
 * Gives every successful answer about an entry that changes are based on its version as the ETag ({@code "3"}):
 * the value a change sends back as {@code If-Match} ({@link Preconditions}). An answer whose entity is no
 * {@link Versioned} view carries the version a resource put in {@link #VERSION} (a source, whose view has none).
 * Anonymous readers' answers get an ETag from the change record instead (web.freshness.PublicAnswers): they change
 * nothing.
 */
@Provider
public class EntityTags implements ContainerResponseFilter {

    /** The request property a resource sets to the version of the entry it answers with. */
    public static final String VERSION = EntityTags.class.getName() + ".version";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 200 || status >= 300 || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Object version = request.getProperty(VERSION);
        if (version instanceof Long v) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.tag(v));
        } else if (response.getEntity() instanceof Versioned v) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.tag(v.version()));
        }
    }
}
