package org.corroborate.web.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.corroborate.web.i18n.Languages;

import java.util.Arrays;
import java.util.Locale;

/**
 * A request the API refuses (4xx) for a reason named by a text of the API's bundle ({@code i18n/api}), which
 * {@link ProblemMapper} writes in the caller's language. Resources throw these rather than JAX-RS's own exceptions
 * with an English message.
 */
public final class ClientError extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    private ClientError(Response.StatusType status, String key, Object... args) {
        super(key, Response.status(status).build());
        this.key = key;
        // ids and version numbers are shown as sent (MessageFormat would write 12345 as "12,345")
        this.args = Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
    }

    /** 400: the request cannot be read as it is. */
    public static ClientError badRequest(String key, Object... args) {
        return new ClientError(Status.BAD_REQUEST, key, args);
    }

    /** 428: a write that depends on a version came without If-Match (RFC 6585). */
    public static ClientError preconditionRequired(String key, Object... args) {
        return new ClientError(PRECONDITION_REQUIRED, key, args);
    }

    /** 428 Precondition Required, which JAX-RS's {@link Status} does not name. */
    public static final Response.StatusType PRECONDITION_REQUIRED = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 428;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Precondition Required";
        }
    };

    /** 404: nothing this caller may see is at this address (said the same way for what is hidden and what is missing). */
    public static ClientError notFound(String key, Object... args) {
        return new ClientError(Status.NOT_FOUND, key, args);
    }

    /** The reason, in this language. */
    public String detail(Locale locale) {
        return Languages.text(locale, "api", key, args == null ? new Object[0] : args);
    }
}
