package org.corroborate.web.rest.problem;

import org.corroborate.web.i18n.ViolationMessages;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;




import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.NotRetryableException;
import org.corroborate.service.shared.StaleEditException;
import org.corroborate.service.shared.TooBusyException;
import org.corroborate.service.shared.TooLargeException;
import org.corroborate.service.storage.Storage;
import org.corroborate.service.storage.StorageFailures;
import org.corroborate.web.i18n.Languages;
import org.corroborate.web.rest.params.StrictBooleans;
import org.glassfish.jersey.server.ParamException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that reaches the API into a problem document: the caller's mistakes as 4xx with
 * a message that says what to fix (413 for input too large, 429 with Retry-After for work the caller or the server
 * already has too much of); a change the database could not store as a 503; anything else as a 500 that names an incident id and hides the details,
 * which go to the server log under the same id.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    /** What a client is asked to wait before it tries a change again that the database could not store. */
    static final int RETRY_AFTER_SECONDS = 60;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        if (e instanceof ClientError refused) {
            return Problem.response(refused.getResponse().getStatusInfo(), refused.detail(locale()), instance, null);
        }
        if (e instanceof ParamException unreadable && unreadable.getParameterType() != PathParam.class) {
            // a query, header, form or cookie parameter JAX-RS could not convert (?version=abc): the request is
            // malformed (JAX-RS would answer 404, as for a path that names nothing)
            if (unreadable.getCause() instanceof StrictBooleans.NotABoolean) {
                return Problem.response(Status.BAD_REQUEST, Languages.text(locale(), "api", "api.parameter.choice",
                        unreadable.getParameterName(), Languages.text(locale(), "api", "api.parameter.boolean")), instance, null);
            }
            return Problem.response(Status.BAD_REQUEST, Languages.text(locale(), "api", "api.parameter.unreadable",
                    unreadable.getParameterName(), value(unreadable)), instance, null);
        }
        if (e instanceof WebApplicationException wae) {
            Response.StatusType status = wae.getResponse().getStatusInfo();
            if (status.getStatusCode() >= 500) {
                return serverError(e, instance);
            }
            return Problem.response(status, detail(wae, status, locale()), instance, null);
        }
        if (e instanceof ConstraintViolationException cve) {
            Locale locale = locale();
            List<Problem.FieldError> errors = cve.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), ViolationMessages.in(v, locale)))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.response(Status.BAD_REQUEST, Languages.text(locale, "messages", "problem.invalid"), instance, errors);
        }
        if (e instanceof TooLargeException tooLarge) {
            return Problem.response(Status.REQUEST_ENTITY_TOO_LARGE, tooLarge.getMessage(locale()), instance, null);
        }
        if (e instanceof TooBusyException busy) {
            return Response.fromResponse(Problem.response(Status.TOO_MANY_REQUESTS, busy.getMessage(locale()), instance, null))
                    .header(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds()).build();
        }
        if (e instanceof InvalidInputException invalid) {
            return Problem.response(Status.BAD_REQUEST, invalid.getMessage(locale()), instance, null);
        }
        if (e instanceof NotPermittedException refused) {
            return Problem.response(Status.FORBIDDEN, refused.getMessage(locale()), instance, null);
        }
        if (e instanceof NotRetryableException notRetryable) {
            return Problem.response(Status.CONFLICT, notRetryable.getMessage(locale()), instance, null);
        }
        if (e instanceof StaleEditException stale) {
            // every change that names a version names it with If-Match (web.rest.Preconditions): a stale one failed it
            return Problem.response(Status.PRECONDITION_FAILED, stale.getMessage(locale()), instance, null);
        }
        if (StorageFailures.isStorageFailure(e)) {
            return unavailable(e, instance);
        }
        return serverError(e, instance);
    }

    /**
     * 503 with Retry-After: the database could not store the change (full disk, database closed or unreachable).
     * Nothing was changed; readiness says DOWN until changes can be stored again.
     */
    private Response unavailable(Throwable e, String instance) {
        CDI.current().select(Storage.class).get().failed(e);
        Response problem = Problem.response(Status.SERVICE_UNAVAILABLE,
                Languages.text(locale(), "messages", "problem.unavailable"), instance, null);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** The caller's preferred language (Accept-Language), English when it names none. */
    private Locale locale() {
        return Languages.of(headers);
    }

    private static Response serverError(Throwable e, String instance) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + instance, e);
        return Problem.response(Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side (incident " + incident + "). Nothing you sent was changed.", instance, null);
    }

    /**
     * The exception's message, or, for JAX-RS's own ("HTTP 404 Not Found", which says nothing the status does not),
     * what the status means, in the caller's language.
     */
    private static String detail(WebApplicationException e, Response.StatusType status, Locale locale) {
        String message = e.getMessage();
        if (message == null || message.startsWith("HTTP " + status.getStatusCode())) {
            try {
                return Languages.text(locale, "api", "api.status." + status.getStatusCode());
            } catch (MissingResourceException unnamed) {
                return Languages.text(locale, "api", "api.status.400");
            }
        }
        return message;
    }

    /** The value of the parameter that could not be read, shortened to what a reader needs to recognise it. */
    private String value(ParamException unreadable) {
        String name = unreadable.getParameterName();
        List<String> values = unreadable.getParameterType() == QueryParam.class && uri != null
                ? uri.getQueryParameters().get(name)
                : unreadable.getParameterType() == HeaderParam.class && headers != null ? headers.getRequestHeader(name) : null;
        String shown = values == null || values.isEmpty() ? "" : values.get(0);
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "add.command.title" -> "title": the method and parameter names mean nothing to a client, unless the
        // parameter is itself the field ("setAboutTolerance.percent" -> "percent")
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length))
                : parts.length == 2 && v.getExecutableParameters() != null ? parts[1] : path;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
