package org.corroborate.service.shared;

import jakarta.ejb.ApplicationException;

/** Input the domain refuses (a low bound above the high one, an unknown measure); nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
