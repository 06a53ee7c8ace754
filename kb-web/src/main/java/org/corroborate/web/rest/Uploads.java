package org.corroborate.web.rest;

import jakarta.ws.rs.core.HttpHeaders;

import java.io.IOException;
import java.io.InputStream;

/**
 * Files sent as a raw request body (a PDF, a CSV file, a bibliography): read at most up to their limit, so that a
 * larger one is refused (413) without being read whole.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The body, or null when it is longer than {@code max} bytes (reading stops one byte past the limit). */
    public static byte[] readAtMost(InputStream body, int max) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    /** The size the client announced ({@code Content-Length}), or -1 when it announced none that can be read. */
    public static long announcedLength(HttpHeaders headers) {
        String length = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
