package org.corroborate.web.rest.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * Writes a problem document as the whole answer, for filters that refuse a request before JAX-RS sees it. The
     * title is the status's reason phrase, as {@link #response} gives it.
     */
    public static void write(HttpServletResponse response, Response.StatusType status, String detail, String instance)
            throws IOException {
        String body = Json.WRITER.toJson(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                instance, null));
        response.setStatus(status.getStatusCode());
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Thread-safe, so one serves every request; made when first needed. */
    private static final class Json {
        static final Jsonb WRITER = JsonbBuilder.create();
    }
}
