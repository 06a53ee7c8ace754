package org.corroborate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.corroborate.service.access.Reader;

/**
 * The reader of the current request, handed to every read service. There are no accounts yet, so every
 * request reads as the anonymous public; sign-in will map the caller's organization here, in one place.
 */
@ApplicationScoped
public class CurrentReader {

    @Produces
    Reader reader() {
        return Reader.ANONYMOUS;
    }
}
