package org.corroborate.web.rest;

import jakarta.ws.rs.BadRequestException;

/** Reads ids from paths, answering 400 for text that cannot be an id (JAX-RS would otherwise answer 404). */
public final class Ids {

    private Ids() {
    }

    public static long parse(String text, String what) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("\"" + text + "\" is not a " + what + " id: ids are positive whole numbers.");
    }
}
