package org.corroborate.service.claim.imports;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.ClaimImport;
import org.corroborate.model.measure.Measure;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.StorableText;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.claim.ClaimDrafts;
import org.corroborate.service.claim.ClaimRepository;
import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.imports.ClaimCsv.CsvFile;
import org.corroborate.service.claim.imports.ImportReport.ImportedRow;
import org.corroborate.service.claim.imports.ImportReport.Outcome;
import org.corroborate.service.job.JobRow;
import org.corroborate.service.job.JobState;
import org.corroborate.service.job.Jobs;
import org.corroborate.service.measure.MeasureRepository;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.NotRetryableException;
import org.corroborate.service.shared.Sha256;
import org.corroborate.service.shared.TooLargeException;
import org.corroborate.service.source.SourceRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports draft claims from a CSV file for the importer's organization. Every row is built exactly as the claim
 * form builds a draft ({@link ClaimDrafts}, Bean Validation of the same {@link NewClaim} command), all rows are
 * checked before any is written, and then all are written in one transaction, or none. A file an organization
 * imported before (same SHA-256) creates nothing; rows identical to a claim from an earlier import are skipped.
 * Each import is one audit event ("claims.imported") listing its rows. Imports run in the background, as jobs
 * ({@link #start}), within limits of size, rows, time and how many run at once ({@link ImportJobs}).
 */
@Stateless
public class ClaimImports {

    /** Claims are written, and the progress updated, in batches of this many. */
    private static final int BATCH = 200;

    @Inject
    ClaimImportRepository imports;

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimDrafts drafts;

    @Inject
    MeasureRepository measures;

    @Inject
    SourceRepository sources;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    ImportJobs jobs;

    @Inject
    ClaimImportRunner runner;

    @Inject
    Jobs backgroundJobs;

    /**
     * Queues a file to be imported (or, with {@code dryRun}, only checked) in the background, within
     * {@link ImportJobs#MAX_TIME}, and returns at once with the job, which {@link ImportJobs#find} follows. The import
     * goes on if the user leaves the page. A dry run goes through exactly the checks of the real run.
     *
     * @return the job, QUEUED
     * @throws org.corroborate.service.shared.NotPermittedException unless the actor is a contributor
     * @throws TooLargeException when the file is over {@link ClaimCsv#MAX_BYTES} or has over {@link ClaimCsv#MAX_ROWS} rows
     * @throws org.corroborate.service.shared.TooBusyException when the actor or the server has too many imports unfinished
     */
    public ImportJobView start(@NotNull Reader actor, String fileName, byte[] content, boolean dryRun) {
        return start(actor, fileName, content, dryRun, ImportJobs.MAX_TIME);
    }

    /**
     * As {@link #start(Reader, String, byte[], boolean)}, with a shorter time budget.
     *
     * @param budget how long the import may run once it starts; at most {@link ImportJobs#MAX_TIME}
     */
    public ImportJobView start(@NotNull Reader actor, String fileName, byte[] content, boolean dryRun,
                               @NotNull Duration budget) {
        authorize(actor);
        byte[] bytes = content == null ? new byte[0] : content;
        if (bytes.length > ClaimCsv.MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        if (ClaimCsv.hasTooManyRows(bytes)) {
            throw TooLargeException.of(ClaimImports.class, "file.tooManyRows", ClaimCsv.MAX_ROWS);
        }
        JobRow job = jobs.open(actor, fileName(fileName), bytes, dryRun, budget); // committed: any node sees it
        ImportJobView queued = ImportJobs.view(job); // as queued: a small file may be imported before this returns
        dispatch(job.id());
        return queued;
    }

    /**
     * Queues again an import of this actor that FAILED and may be retried (its server stopped while it ran, or it
     * failed unexpectedly), from the file it kept; the import then runs as a new one would.
     *
     * @return the job, QUEUED again; empty when the actor started no such job (as for an unknown id)
     * @throws NotRetryableException when the job is not FAILED, or failed in a way a retry cannot change
     */
    public Optional<ImportJobView> retry(@NotNull Reader actor, String jobId) {
        ImportJobView job = jobs.find(actor, jobId).orElse(null);
        if (job == null) {
            return Optional.empty();
        }
        authorize(actor);
        if (!job.retryable() || !backgroundJobs.retry(job.id(), actor.accountId().orElseThrow())) {
            throw new NotRetryableException(Message.of(ClaimImports.class, "job.notRetryable"));
        }
        dispatch(job.id());
        return jobs.find(actor, jobId);
    }

    private void dispatch(String jobId) {
        try {
            runner.run(jobId);
        } catch (RuntimeException e) {
            backgroundJobs.fail(jobId, Message.of(ClaimImports.class, "job.failed", Instant.now().toString()), true);
            throw e;
        }
    }

    /** The refusal of a file of {@code size} bytes, over {@link ClaimCsv#MAX_BYTES} (the API answers it as 413). */
    public static TooLargeException tooLarge(long size) {
        return TooLargeException.of(ClaimImports.class, "file.tooLarge", size, ClaimCsv.MAX_BYTES);
    }

    /**
     * The import of a background job, in its one transaction: checks every row, then, unless the job is a dry run,
     * writes them all, and marks the job DONE with its report. Called by {@link ClaimImportRunner} only; who may is
     * checked again, as of now, with the roles the owner had when the job was queued.
     */
    public ImportReport run(@NotNull String jobId, @NotNull ImportRun progress) {
        JobRow job = jobs.row(jobId).filter(j -> j.state() == JobState.RUNNING)
                .orElseThrow(() -> InvalidInputException.of(ClaimImports.class, "job.unknown"));
        byte[] content = backgroundJobs.input(jobId)
                .orElseThrow(() -> InvalidInputException.of(ClaimImports.class, "job.unknown"));
        Reader actor = job.owner();
        ImportReport report = execute(actor, authorize(actor), job.fileName(), content, job.dryRun(), progress);
        // in this transaction: the claims and the job's DONE commit together, or neither does
        backgroundJobs.finish(jobId, ImportJobs.json(report), report.rows(), report.rows());
        return report;
    }

    /** The template file: the header row and one example row. */
    public byte[] template() {
        try (InputStream in = ClaimImports.class.getResourceAsStream("claims-template.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String authorize(Reader actor) {
        Permissions.requireRole(actor, Role.CONTRIBUTOR);
        return actor.organizationSlug().orElseThrow();
    }

    private ImportReport execute(Reader actor, String organizationSlug, String fileName, byte[] content, boolean dryRun,
                                 ImportProgress progress) {
        byte[] bytes = content == null ? new byte[0] : content;
        String name = fileName(fileName);
        String sha256 = Sha256.hex(bytes);
        Organization organization = organizations.findBySlug(organizationSlug)
                .orElseThrow(() -> InvalidInputException.of(ClaimImports.class, "organization.unknown", organizationSlug));

        ClaimImport previous = imports.findByFile(organization, sha256).orElse(null);
        if (previous != null) {
            return new ImportReport(Outcome.ALREADY_IMPORTED, name, sha256, previous.getRowCount(), List.of(), List.of(),
                    List.of(), previous.getId(), previous.getImportedAt(), previous.getImporterName());
        }

        CsvFile file = ClaimCsv.read(bytes);
        if (!file.usable()) {
            return ImportReport.invalid(name, sha256, file.rows().size(), file.problems());
        }
        List<CsvRow> rows = file.rows();
        progress.validating(rows.size());
        Set<String> earlier = imports.importedIdentities(organization);
        Checks checks = new Checks(actor);
        List<ImportProblem> problems = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            progress.checkpoint();
            CsvRow row = rows.get(i);
            List<ImportProblem> rowProblems = new ArrayList<>();
            Claim claim = build(row, organization, checks, rowProblems);
            if (claim == null) {
                problems.addAll(rowProblems);
                if (problems.size() >= ClaimCsv.MAX_PROBLEMS && i + 1 < rows.size()) {
                    problems.add(ImportProblem.file("file.tooManyProblems", problems.size(), row.number()));
                    break;
                }
            } else if (earlier.contains(identity(claim))) {
                present.add(row.number());
            } else {
                pending.add(new Pending(row.number(), claim));
            }
            if ((i + 1) % 50 == 0 || i + 1 == rows.size()) {
                progress.advanced(i + 1);
            }
        }
        if (!problems.isEmpty()) {
            return ImportReport.invalid(name, sha256, rows.size(), problems);
        }
        if (dryRun) {
            return new ImportReport(Outcome.VALID, name, sha256, rows.size(), List.of(), List.of(), present, null, null, null);
        }

        progress.writing();
        ClaimImport record = imports.add(new ClaimImport(organization, sha256, name, rows.size(),
                actor.accountId().orElse(null), actor.username()));
        try {
            imports.flush(); // the same file imported at the same moment by a colleague fails here, before any claim
        } catch (PersistenceException e) {
            throw InvalidInputException.of(ClaimImports.class, "file.concurrent");
        }
        for (int i = 0; i < pending.size(); i++) {
            progress.checkpoint();
            claims.add(pending.get(i).claim());
            if ((i + 1) % BATCH == 0) {
                claims.flush();
                progress.advanced(i + 1 + present.size());
            }
        }
        claims.flush();
        progress.checkpoint();
        List<ImportedRow> created = pending.stream()
                .map(p -> new ImportedRow(p.row(), p.claim().getId(), p.claim().getStatement()))
                .sorted(Comparator.comparingInt(ImportedRow::row))
                .toList();
        record.created(created.stream().map(ImportedRow::claim).toList());
        progress.advanced(rows.size());
        audit.record(actor, organizationSlug, "claims.imported", "claim-import", record.getId(),
                "Imported " + created.size() + " draft claims from " + name
                        + (present.isEmpty() ? "" : " (" + present.size() + " rows already present)"),
                null, new AuditedImport(name, sha256, rows.size(), created, present));
        return new ImportReport(Outcome.IMPORTED, name, sha256, rows.size(), List.of(), created, present, record.getId(),
                null, null);
    }

    /**
     * The draft a row describes, or null with the row's problems added: everything wrong with the row at once, every
     * unknown measure and source included, whatever else is wrong with it.
     */
    private Claim build(CsvRow row, Organization organization, Checks checks, List<ImportProblem> problems) {
        RowMapper.Mapped mapped = RowMapper.map(row, organization.getSlug());
        problems.addAll(mapped.problems());
        NewClaim command = mapped.command();
        if (command != null) {
            List<ImportProblem> violations = new ArrayList<>();
            for (ConstraintViolation<NewClaim> v : validator.validate(command)) {
                violations.add(violation(row.number(), v));
            }
            violations.sort(Comparator.comparing(p -> p.column() == null ? "" : p.column()));
            problems.addAll(violations);
        }
        unknownReferences(row, checks, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        String measure = command.content().measure();
        try {
            return drafts.build(organization, measure == null ? null : checks.measure(measure).orElseThrow(), command);
        } catch (InvalidInputException e) {
            problems.add(ImportProblem.at(row.number(), null, "row.rule", e.getMessage(Locale.ENGLISH)));
            return null;
        }
    }

    /** The row's measure and source when no such measure exists or the importer may not cite the source. */
    private static void unknownReferences(CsvRow row, Checks checks, List<ImportProblem> problems) {
        String measure = row.get(Column.MEASURE);
        boolean measureReported = problems.stream().anyMatch(p -> Column.MEASURE.header().equals(p.column()));
        if (measure != null && !measureReported && checks.measure(measure).isEmpty()) {
            problems.add(ImportProblem.at(row.number(), Column.MEASURE, "row.noMeasure", measure));
        }
        String source = row.get(Column.SOURCE);
        boolean sourceReported = problems.stream().anyMatch(p -> Column.SOURCE.header().equals(p.column()));
        if (source != null && !sourceReported) {
            Long id;
            try {
                id = Long.parseLong(source.replaceFirst("^#", ""));
            } catch (NumberFormatException e) {
                return; // RowMapper said so
            }
            if (!checks.mayCite(id)) {
                problems.add(ImportProblem.at(row.number(), Column.SOURCE, "row.noSource", String.valueOf(id)));
            }
        }
    }

    /** A Bean Validation failure as a problem of the row's column, in words of our own (so in both languages). */
    static ImportProblem violation(int row, ConstraintViolation<?> v) {
        Column column = column(v.getPropertyPath());
        String header = column == null ? v.getPropertyPath().toString() : column.header();
        Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return ImportProblem.at(row, column, "row.required", header);
        }
        if (constraint instanceof Size size) {
            return ImportProblem.at(row, column, v.getInvalidValue() instanceof Collection<?> ? "row.tooMany" : "row.tooLong",
                    header, size.max());
        }
        if (constraint instanceof Digits digits) {
            return ImportProblem.at(row, column, "row.tooManyDigits", header, digits.integer(), digits.fraction());
        }
        if (constraint instanceof StorableText) {
            return ImportProblem.at(row, column, "row.nul", header);
        }
        return ImportProblem.at(row, column, "row.invalid", header, v.getMessage());
    }

    private static final Map<String, Column> PROPERTIES = Map.ofEntries(
            Map.entry("statement", Column.STATEMENT), Map.entry("language", Column.LANGUAGE),
            Map.entry("measure", Column.MEASURE), Map.entry("phrase", Column.FIGURE_PHRASE),
            Map.entry("qualifier", Column.QUALIFIER), Map.entry("value", Column.VALUE), Map.entry("low", Column.LOW),
            Map.entry("high", Column.HIGH), Map.entry("unit", Column.UNIT), Map.entry("asOf", Column.AS_OF),
            Map.entry("from", Column.PERIOD_FROM), Map.entry("to", Column.PERIOD_TO), Map.entry("place", Column.PLACE),
            Map.entry("population", Column.POPULATION),
            Map.entry("topics", Column.TOPICS), Map.entry("source", Column.SOURCE),
            Map.entry("locatorType", Column.LOCATOR_TYPE), Map.entry("locator", Column.LOCATOR),
            Map.entry("quote", Column.QUOTE), Map.entry("stance", Column.STANCE));

    /** The CSV column of a property path such as "content.figure.phrase" or "citations[0].stance". */
    static Column column(Path path) {
        Column found = null;
        for (Path.Node node : path) {
            Column c = node.getName() == null ? null : PROPERTIES.get(node.getName());
            if (c != null) {
                found = c;
            }
        }
        return found;
    }

    /** What makes two claims the same for an import: statement, figure phrase and cited source. */
    static String identity(String statement, String figurePhrase, Long source) {
        return (statement == null ? "" : statement.strip()) + '\u001F' + (figurePhrase == null ? "" : figurePhrase.strip())
                + '\u001F' + (source == null ? "" : source);
    }

    private static String identity(Claim claim) {
        Long source = claim.getCitations().isEmpty() ? null : claim.getCitations().get(0).getSource().getId();
        return identity(claim.getStatement(), claim.getFigure() == null ? null : claim.getFigure().getPhrase(), source);
    }

    /** The uploaded file's own name, without any folder a browser may send. */
    static String fileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload.csv";
        }
        String name = fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        return name.isBlank() ? "upload.csv" : name;
    }

    /**
     * What the CSV's coded columns accept, and the measures and sources this member may name, for the import page.
     *
     * @throws NotPermittedException unless the reader is a contributor
     */
    public ImportVocabulary vocabulary(@NotNull Reader actor) {
        Permissions.requireRole(actor, Role.CONTRIBUTOR);
        List<ImportVocabulary.CodedColumn> columns = List.of(
                coded(Column.QUALIFIER, org.corroborate.model.claim.Qualifier.values()),
                coded(Column.UNIT, org.corroborate.model.measure.Unit.values()),
                coded(Column.LOCATOR_TYPE, org.corroborate.model.claim.LocatorType.values()),
                coded(Column.STANCE, org.corroborate.model.claim.Stance.values()));
        List<ImportVocabulary.MeasureChoice> measureChoices = measures.all(actor).stream()
                .map(m -> new ImportVocabulary.MeasureChoice(m.getSlug(), m.getName(), m.getNameKo(), m.getUnit().name()))
                .sorted(Comparator.comparing(ImportVocabulary.MeasureChoice::slug))
                .toList();
        List<ImportVocabulary.SourceChoice> sourceChoices = sources.fullyVisible(actor).stream()
                .map(s -> new ImportVocabulary.SourceChoice(s.getId(), s.getTitle(),
                        s.getIssued() == null ? null : String.valueOf(s.getIssued().year())))
                .sorted(Comparator.comparingLong(ImportVocabulary.SourceChoice::id))
                .toList();
        return new ImportVocabulary(columns, measureChoices, sourceChoices);
    }

    private static ImportVocabulary.CodedColumn coded(Column column, Enum<?>[] values) {
        return new ImportVocabulary.CodedColumn(column.header(), java.util.Arrays.stream(values).map(Enum::name).toList());
    }

    /** Measures and sources looked up once per import, not once per row. */
    private final class Checks {
        private final Reader actor;
        private final Map<String, Optional<Measure>> measuresSeen = new HashMap<>();
        private final Map<Long, Boolean> sourcesSeen = new HashMap<>();

        Checks(Reader actor) {
            this.actor = actor;
        }

        Optional<Measure> measure(String slug) {
            return measuresSeen.computeIfAbsent(slug, s -> measures.findBySlug(s));
        }

        /** Only sources the importer may see in full: the import never reveals that a confidential one exists. */
        boolean mayCite(Long id) {
            return id != null && sourcesSeen.computeIfAbsent(id, i -> sources.find(i)
                    .map((Source s) -> Visibility.of(s, actor) == Visibility.FULL).orElse(false));
        }
    }

    private record Pending(int row, Claim claim) {
    }

    /** The audit event's "after": the file and every row it wrote. */
    public record AuditedImport(String file, String sha256, int rows, List<ImportedRow> created, List<Integer> alreadyPresent) {
    }
}
