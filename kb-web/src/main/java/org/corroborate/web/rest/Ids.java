package org.corroborate.web.rest;

import org.corroborate.web.rest.problem.ClientError;

/** Reads ids from paths, answering 400 for text that cannot be an id (JAX-RS would otherwise answer 404). */
public final class Ids {

    private Ids() {
    }

    public static long parse(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ClientError.badRequest("api.id", text);
    }
}
