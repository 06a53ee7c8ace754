package org.corroborate.service.source.text;

import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.JobRegistry;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.Sha256;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A PDF read in the background: the file until it is read, how far the reading got, then what was kept or why
 * nothing was. Written by the reading's thread, read by pages and the API as {@link PdfJobView}s; not transactional.
 */
final class PdfJob implements JobRegistry.Job {

    private final String id;
    private final Reader owner;
    private final long sourceId;
    private final String holder;
    private final String fileName;
    private final long size;
    private final String sha256;
    private final Instant queuedAt = Instant.now();
    private volatile byte[] bytes;
    private volatile PdfPages.PdfText read;
    private volatile PdfJobView.State state = PdfJobView.State.QUEUED;
    private volatile int pagesRead;
    private volatile int pages;
    private volatile int recognizedRead;
    private volatile int recognized;
    private volatile TextSummary text;
    private volatile Message failure;
    private volatile Instant finishedAt;

    PdfJob(String id, Reader owner, long sourceId, String holder, String fileName, byte[] bytes) {
        this.id = Objects.requireNonNull(id);
        this.owner = Objects.requireNonNull(owner);
        this.sourceId = sourceId;
        this.holder = Objects.requireNonNull(holder);
        this.fileName = fileName;
        this.bytes = Objects.requireNonNull(bytes);
        this.size = bytes.length;
        this.sha256 = Sha256.hex(bytes);
    }

    @Override
    public String id() {
        return id;
    }

    Reader owner() {
        return owner;
    }

    @Override
    public long ownerAccountId() {
        return owner.accountId().orElse(-1L);
    }

    long sourceId() {
        return sourceId;
    }

    /** The slug of the organization holding the source when the upload began. */
    String holder() {
        return holder;
    }

    String fileName() {
        return fileName;
    }

    long size() {
        return size;
    }

    /** Lower-case hex SHA-256 of the file. */
    String sha256() {
        return sha256;
    }

    byte[] bytes() {
        return bytes;
    }

    /** The pages read, between reading and keeping them; null before and after. */
    PdfPages.PdfText read() {
        return read;
    }

    @Override
    public Instant finishedAt() {
        return finishedAt;
    }

    void running() {
        state = PdfJobView.State.RUNNING;
    }

    void progress(int pagesRead, int pages) {
        this.pages = pages;
        this.pagesRead = pagesRead;
    }

    /** How far the OCR of the pages without text got: called once their count is known, then after each. */
    void recognizing(int pagesRead, int pages) {
        this.recognized = pages;
        this.recognizedRead = pagesRead;
    }

    void read(PdfPages.PdfText text) {
        read = new PdfPages.PdfText(List.copyOf(text.pages()), text.ocrEngine());
        bytes = null;
    }

    void done(TextSummary kept) {
        text = kept;
        read = null;
        bytes = null;
        pagesRead = kept.pages();
        pages = kept.pages();
        recognizedRead = recognized;
        finishedAt = Instant.now();
        state = PdfJobView.State.DONE;
    }

    void fail(Message why) {
        failure = why;
        read = null;
        bytes = null;
        finishedAt = Instant.now();
        state = PdfJobView.State.FAILED;
    }

    PdfJobView view() {
        return new PdfJobView(id, sourceId, fileName, size, state, pagesRead, pages, recognizedRead, recognized,
                queuedAt, finishedAt, text, failure);
    }
}
