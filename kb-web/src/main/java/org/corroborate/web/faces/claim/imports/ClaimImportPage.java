package org.corroborate.web.faces.claim.imports;

import org.corroborate.service.access.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.claim.imports.ClaimImports;
import org.corroborate.service.claim.imports.ImportJobView;
import org.corroborate.service.claim.imports.ImportJobs;
import org.corroborate.service.claim.imports.ImportReport;
import org.corroborate.service.claim.imports.ImportVocabulary;
import org.corroborate.service.claim.imports.ImportReport.ImportedRow;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.TooBusyException;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;
import org.corroborate.web.faces.support.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Imports claims from a CSV file ({@code /contribute/claim-import.xhtml}): the upload starts a background import,
 * the page follows its progress, then shows the bad rows or the result. {@code ?job=<id>} reopens an import the same
 * account started, running or finished.
 */
@Named
@ViewScoped
public class ClaimImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimImports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentReader caller;

    private String job;
    private ImportJobView view;
    private ImportVocabulary vocabulary;

    /** A problem as the table shows it, in the page's language. */
    public record ProblemRow(String row, String column, String message) implements Serializable {
    }

    public void load() {
        if (job == null || job.isBlank()) {
            job = null;
            return;
        }
        view = jobs.find(caller.reader(), job).orElse(null);
        if (view == null) {
            Pages.notFound();
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        // a refusal goes on to web.faces.support.Refusals, which shows it
        view = imports.start(caller.reader(), file.getFileName(), file.getContent(), false);
        job = view.id();
    }

    /** Called by the poll while the import runs. */
    public void refresh() {
        if (job != null) {
            view = jobs.find(caller.reader(), job).orElse(view);
        }
    }

    /**
     * Queues the failed import again from the file it kept (offered when the job says it may be retried); the
     * poll then follows it. A refusal goes on to web.faces.support.Refusals, which shows it.
     */
    public void retry() {
        if (job != null) {
            view = imports.retry(caller.reader(), job).orElse(null);
            if (view == null) {
                job = null;
            }
        }
    }

    /** Clears the finished import, for another file. */
    public void reset() {
        job = null;
        view = null;
    }

    public boolean isRunning() {
        return view != null && !view.finished();
    }

    public boolean isFinished() {
        return view != null && view.finished();
    }

    public int getPercent() {
        return view == null ? 0 : view.percent();
    }

    public ImportReport getReport() {
        return view == null ? null : view.report();
    }

    public String getOutcome() {
        ImportReport report = getReport();
        return report == null ? (view != null && view.state() == ImportJobView.State.FAILED ? "FAILED" : "") : report.outcome().name();
    }

    public String getFailure() {
        return view == null ? null : view.failure(Messages.locale());
    }

    public List<ProblemRow> getProblems() {
        ImportReport report = getReport();
        if (report == null) {
            return List.of();
        }
        return report.problems().stream()
                .map(p -> new ProblemRow(p.row() == 0 ? "" : String.valueOf(p.row()), p.column() == null ? "" : p.column(),
                        p.message(Messages.locale())))
                .toList();
    }

    public List<ImportedRow> getCreated() {
        ImportReport report = getReport();
        return report == null ? List.of() : report.created();
    }

    /** "4, 9, 12": the rows skipped as already present. */
    public String getAlreadyPresent() {
        ImportReport report = getReport();
        return report == null ? "" : report.alreadyPresent().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public String getPreviousImportAt() {
        ImportReport report = getReport();
        if (report == null || report.previousImportAt() == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Messages.locale()).withZone(ZoneOffset.UTC)
                .format(report.previousImportAt()) + " UTC";
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    /** The values the coded columns accept and the measures and sources this member may name; read once per view. */
    public ImportVocabulary getVocabulary() {
        if (vocabulary == null && caller.reader().hasRole(Role.CONTRIBUTOR)) {
            vocabulary = imports.vocabulary(caller.reader());
        }
        return vocabulary;
    }

    public ImportJobView getView() {
        return view;
    }
}
