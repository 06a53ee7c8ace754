package org.corroborate.service.source.text;

import jakarta.ejb.ApplicationException;
import org.corroborate.service.shared.Message;

import java.util.Locale;

/** Too many PDFs are waiting to be read (this account's or the server's): nothing was queued; try again later. */
@ApplicationException(rollback = true)
public class PdfQueueFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message localized;

    /** @param perAccount the account's limit when that is what was reached; 0 when the server's queue is full */
    PdfQueueFullException(int perAccount) {
        this(perAccount > 0 ? Message.of(SourceTexts.class, "pdf.busyAccount", perAccount)
                : Message.of(SourceTexts.class, "pdf.busyServer"));
    }

    private PdfQueueFullException(Message message) {
        super(message.format(Locale.ENGLISH));
        this.localized = message;
    }

    public String getMessage(Locale locale) {
        return localized.format(locale);
    }
}
