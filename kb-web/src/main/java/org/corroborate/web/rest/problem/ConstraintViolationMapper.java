package org.corroborate.web.rest.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid parameters as a problem document. Needed beside {@link ProblemMapper} because JAX-RS picks the
 * mapper closest to the exception's type, and the runtime brings its own for validation exceptions.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ProblemMapper problems = new ProblemMapper();
        problems.uri = uri;
        problems.headers = headers;
        return problems.toResponse(e);
    }
}
