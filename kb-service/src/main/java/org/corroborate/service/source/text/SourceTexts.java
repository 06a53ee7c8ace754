package org.corroborate.service.source.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.shared.StorableText;
import org.corroborate.model.source.Source;
import org.corroborate.model.source.SourceText;
import org.corroborate.model.source.SourceTextPage;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.extraction.FigureCandidate;
import org.corroborate.service.extraction.FigureExtractor;
import org.corroborate.service.extraction.RelayMatcher;
import org.corroborate.service.job.JobRow;
import org.corroborate.service.job.JobState;
import org.corroborate.service.job.Jobs;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.Sha256;
import org.corroborate.service.shared.TooBusyException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.NotRetryableException;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.SourceRepository;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text held for a source (PDF, read in the background, or pasted), reading it, and anchoring quotes in it. Each public method is one
 * transaction. Only contributors of the organization holding a source attach its text; the text is shown only to
 * readers who may see the source in full (never a held-in-confidence source's text to another organization).
 */
@Stateless
public class SourceTexts {

    /** The largest PDF accepted: 20 MB (20 × 1,024 × 1,024 bytes). */
    public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    /** The longest pasted text accepted, in characters. */
    public static final int MAX_PASTED_CHARS = 2_000_000;

    @Inject
    SourceRepository sources;

    @Inject
    SourceTextRepository texts;

    @Inject
    FigureExtractor extractor;

    @Inject
    AuditTrail audit;

    @Inject
    QuoteFinders finders;

    @Inject
    PdfJobs pdfJobs;

    @Inject
    PdfJobRunner runner;

    @Inject
    Jobs jobs;

    /**
     * Queues an uploaded PDF to be read in the background ({@link PdfJobRunner}), within {@link PdfPages}'s budget;
     * its text replaces the source's once it is read whole. Who may, the file's size and its kind are checked now.
     *
     * @return the job, QUEUED; {@link #pdfJob} follows it
     * @throws NotPermittedException  when the actor is not a contributor of the source's holding organization
     * @throws InvalidInputException  when the file is empty, over {@link #MAX_PDF_BYTES} or not a PDF
     * @throws TooBusyException when the actor or the server has too many PDFs waiting already
     */
    public PdfJobView startPdf(@NotNull Reader actor, long sourceId, String fileName, @NotNull byte[] bytes) {
        Source source = sourceToChange(actor, sourceId);
        PdfPages.requireAcceptable(bytes);
        JobRow job = pdfJobs.open(actor, sourceId, source.getHolder().getSlug(), fileName, bytes); // committed
        PdfJobView queued = PdfJobs.view(job); // as queued: a small PDF may be read before this method returns
        dispatch(job.id());
        return queued;
    }

    /**
     * Queues again a PDF reading of this source that FAILED and may be retried (its server stopped while it ran, or
     * it failed unexpectedly), from the file it kept. Only the account that uploaded it may.
     *
     * @return the job, QUEUED again; empty when the reader may see no such job (as for an unknown id)
     * @throws NotRetryableException when the job is not FAILED, or failed in a way a retry cannot change
     * @throws NotPermittedException when the actor is not the uploader, or no longer a contributor of the holder
     */
    public Optional<PdfJobView> retryPdf(@NotNull Reader actor, long sourceId, String jobId) {
        PdfJobView job = pdfJobs.find(actor, sourceId, jobId).orElse(null);
        if (job == null) {
            return Optional.empty();
        }
        JobRow row = pdfJobs.row(jobId).orElseThrow();
        if (!row.ownedBy(actor)) {
            throw NotPermittedException.of(SourceTexts.class, "pdf.notPermitted");
        }
        sourceToChange(actor, sourceId);
        if (!job.retryable() || !jobs.retry(jobId, actor.accountId().orElseThrow())) {
            throw new NotRetryableException(Message.of(SourceTexts.class, "pdf.notRetryable"));
        }
        dispatch(jobId);
        return pdfJobs.find(actor, sourceId, jobId);
    }

    private void dispatch(String jobId) {
        try {
            runner.run(jobId);
        } catch (RuntimeException e) {
            jobs.fail(jobId, Message.of(SourceTexts.class, "pdf.failed"), true);
            throw e;
        }
    }

    /**
     * Keeps the pages a background job has read, replacing any text the source held (so a job run again never
     * adds pages twice), and marks the job DONE: the job's one transaction, called by {@link PdfJobRunner} only.
     * Who may is checked again, as of now, with the roles the uploader had when the job was queued.
     *
     * @throws IllegalStateException when the job is unknown, not running, or no longer this node's
     */
    public TextSummary keepPdf(@NotNull String jobId, @NotNull PdfPages.PdfText read) {
        JobRow job = pdfJobs.row(jobId).filter(j -> j.state() == JobState.RUNNING)
                .orElseThrow(() -> new IllegalStateException("PDF job " + jobId + " is not running"));
        Source source = sourceToChange(job.owner(), job.subjectId());
        List<SourceTextPage> pages = new ArrayList<>(read.pages().size());
        for (PdfPages.ReadPage page : read.pages()) {
            pages.add(new SourceTextPage(pages.size() + 1, page.text(), page.reading(), page.confidence()));
        }
        TextSummary kept = keep(job.owner(), source, SourceText.Kind.PDF, job.fileName(), job.inputSha256(),
                job.inputSize(), pages, read.ocrEngine());
        jobs.finish(jobId, PdfJobs.json(kept), kept.pages(), kept.pages());
        return kept;
    }

    /**
     * A PDF job of this source as it stands; empty when there is no such job, or the reader is not a member of
     * the organization that held the source at the upload (the same answer, so a job tells nothing to others).
     */
    public Optional<PdfJobView> pdfJob(@NotNull Reader reader, long sourceId, String jobId) {
        return pdfJobs.find(reader, sourceId, jobId);
    }

    /** The latest PDF job of this source the reader may see (running or finished), for a page to follow. */
    public Optional<PdfJobView> latestPdfJob(@NotNull Reader reader, long sourceId) {
        return pdfJobs.latest(reader, sourceId);
    }

    /**
     * Keeps a pasted text (one page), replacing any text the source held.
     *
     * @throws InvalidInputException when the text is blank or longer than {@link #MAX_PASTED_CHARS}
     */
    public TextSummary attachText(@NotNull Reader actor, long sourceId, @NotNull @StorableText String text) {
        Source source = sourceToChange(actor, sourceId);
        if (text.isBlank()) {
            throw InvalidInputException.of(SourceTexts.class, "text.blank");
        }
        if (text.length() > MAX_PASTED_CHARS) {
            throw textTooLong(text.length());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return keep(actor, source, SourceText.Kind.PASTED, null, Sha256.hex(bytes), bytes.length,
                List.of(new SourceTextPage(1, PdfPages.clean(text))), null);
    }

    /**
     * @return the held text; empty when the source does not exist, the reader may not see it in full, or it
     * holds no text
     */
    public Optional<SourceTextView> text(@NotNull Reader reader, long sourceId) {
        return visibleText(reader, sourceId).map(SourceTextView::of);
    }

    /** What is known about the held text without its pages; empty as for {@link #text}. */
    public Optional<TextSummary> summary(@NotNull Reader reader, long sourceId) {
        return visibleText(reader, sourceId).map(TextSummary::of);
    }

    /**
     * The figures the extraction assistant finds in the held text, in reading order, each with the quote
     * a citation of it would carry; empty when there is no text or the reader may not see it.
     */
    public List<TextFigure> figures(@NotNull Reader reader, long sourceId) {
        return visibleText(reader, sourceId).map(t -> {
            List<FigureCandidate> found = extractor.extract(t.pageTexts());
            if (found.isEmpty()) {
                return List.<TextFigure>of();
            }
            // the relays a sentence names are matched against the sources the reader could cite
            Map<Long, Source> citable = new HashMap<>();
            sources.fullyVisible(reader).forEach(s -> citable.put(s.getId(), s));
            RelayMatcher matcher = RelayMatcher.of(citable.values().stream()
                    .map(s -> new RelayMatcher.Known(s.getId(), s.getTitle(), s.getPublisher(), s.getContainerTitle(),
                            s.getAuthors().stream().map(a -> a.getLiteral() != null ? a.getLiteral() : a.getFamily())
                                    .toList()))
                    .toList());
            return found.stream().map(c -> TextFigure.of(c, matcher.relayOf(c.sentence(), sourceId)
                    .map(k -> SourceRef.of(citable.get(k.id()), Visibility.FULL)).orElse(null))).toList();
        }).orElse(List.of());
    }

    /** Whether a text is held for this source (whoever may read it): citations of it then need a quote. */
    public boolean holdsText(long sourceId) {
        return texts.findBySource(sourceId).isPresent();
    }

    /**
     * Finds a quote in the source's held text. Differences in spaces and line breaks, a word hyphenated at a
     * line break, curly or straight quotation marks and the kind of dash do not matter; the words do.
     *
     * @param prefix text just before the quote, to tell apart several occurrences (may be null)
     * @param suffix text just after it (may be null)
     * @return where it is (the page it starts on; offsets within that page's text); empty when the source holds
     * no text (a locator is then required instead)
     * @throws InvalidInputException when the text is held but the quote is not in it, or is there more than once
     *                               and the prefix and suffix do not single one out
     */
    public Optional<QuoteMatch> anchor(long sourceId, @NotNull String quote, String prefix, String suffix) {
        Optional<SourceText> held = texts.findBySource(sourceId);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        if (quote.isBlank()) {
            throw InvalidInputException.of(SourceTexts.class, "quote.blank");
        }
        QuoteFinder.Outcome outcome = finders.of(held.get()).find(quote, prefix, suffix);
        if (outcome.found()) {
            return Optional.of(outcome.match());
        }
        if (outcome.ambiguous()) {
            throw InvalidInputException.of(SourceTexts.class, "quote.ambiguous", outcome.occurrences());
        }
        throw InvalidInputException.of(SourceTexts.class, "quote.notFound");
    }

    private Optional<SourceText> visibleText(Reader reader, long sourceId) {
        return sources.find(sourceId)
                .filter(s -> Visibility.of(s, reader) == Visibility.FULL)
                .flatMap(s -> texts.findBySource(sourceId));
    }

    private Source sourceToChange(Reader actor, long sourceId) {
        Permissions.requireRole(actor, Role.CONTRIBUTOR);
        Source source = sources.find(sourceId)
                .filter(s -> Visibility.of(s, actor) != Visibility.HIDDEN)
                .orElseThrow(() -> InvalidInputException.of(SourceTexts.class, "source.notFound", String.valueOf(sourceId)));
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, source.getHolder().getSlug());
        return source;
    }

    private TextSummary keep(Reader actor, Source source, SourceText.Kind kind, String fileName, String sha256,
                             long size, List<SourceTextPage> pages, String ocrEngine) {
        Optional<SourceText> previous = texts.findBySource(source.getId());
        TextSummary before = previous.map(TextSummary::of).orElse(null);
        previous.ifPresent(old -> {
            texts.remove(old);
            texts.flush();
        });
        SourceText text = new SourceText(source, kind, fileName, sha256, size, pages, ocrEngine, actor.username(),
                actor.accountId().orElse(null));
        texts.add(text);
        texts.flush();
        TextSummary after = TextSummary.of(text);
        String what = kind == SourceText.Kind.PDF
                ? "PDF" + (text.getFileName() == null ? "" : " " + text.getFileName()) + ", " + pages.size() + " page(s)"
                + (after.ocrPages() == 0 ? "" : ", " + after.ocrPages() + " read by OCR (" + text.getOcrEngine() + ")")
                : "pasted text, " + size + " bytes";
        audit.record(actor, source.getHolder().getSlug(), "source.text-attached", "source", source.getId(),
                (before == null ? "Attached the text of source " : "Replaced the text of source ") + source.getId()
                        + ": " + what, before, after);
        return after;
    }

    /**
     * The refusal of a file over {@link #MAX_PDF_BYTES}, for callers that stop reading a file once it is over
     * the limit (the API answers it as 413).
     */
    public static InvalidInputException fileTooLarge(long size) {
        return PdfPages.tooLarge(size);
    }

    /** The refusal of a pasted text over {@link #MAX_PASTED_CHARS} characters. */
    public static InvalidInputException textTooLong(long characters) {
        return InvalidInputException.of(SourceTexts.class, "text.tooLong", characters, MAX_PASTED_CHARS);
    }
}
