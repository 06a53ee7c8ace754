package org.corroborate.web.rest;

import jakarta.ws.rs.core.EntityTag;
import org.corroborate.web.rest.problem.ClientError;

/**
 * The one way the API takes the version a change is based on: {@code If-Match} with the ETag the entry's GET
 * answered ({@code "3"}). A write that depends on a version and comes without it answers 428 Precondition Required;
 * a stale one 412 Precondition Failed (ProblemMapper); one that cannot be read 400.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** The ETag of an entry at this version, as GETs and writes answer it. */
    public static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version named by an {@code If-Match} header.
     *
     * @throws ClientError 428 when the header is missing, 400 when it names no single version
     */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ClientError.preconditionRequired("api.ifMatch.required");
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            long version = Long.parseLong(v);
            if (version >= 0 && !v.startsWith("+")) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ClientError.badRequest("api.ifMatch");
    }
}
