package org.corroborate.web.rest.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** An RFC 9457 problem document. {@code errors} lists the fields at fault, for validation problems. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: where it is and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Response response(Response.StatusType status, String detail, String instance, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status.getStatusCode())
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(problem)
                .build();
    }
}
