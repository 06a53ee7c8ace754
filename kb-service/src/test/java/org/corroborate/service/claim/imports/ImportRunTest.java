package org.corroborate.service.claim.imports;

import org.corroborate.service.claim.imports.ImportReport.ImportedRow;
import org.corroborate.service.job.JobRow;
import org.corroborate.service.job.JobKind;
import org.corroborate.service.job.JobState;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportRunTest {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void theTimeBudgetRunsFromTheStartAndStopsTheImportWhileItWrites() {
        ImportRun run = new ImportRun(null, ImportJobs.MAX_TIME, now::get);
        run.validating(10);
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        run.checkpoint();
        run.writing();
        assertEquals(ImportRun.Step.WRITING, run.step());
        now.addAndGet(Duration.ofMinutes(1).plusSeconds(1).toNanos());
        InvalidInputException over = assertThrows(InvalidInputException.class, run::checkpoint);
        assertEquals("job.overTime", over.reason().orElseThrow().key());
        assertTrue(over.getMessage(Locale.ENGLISH).contains("stopped at its time limit of 5 minutes; nothing was written"), over.getMessage());
        assertTrue(over.getMessage(Locale.KOREAN).contains("시간 한도(5분)"), over.getMessage(Locale.KOREAN));
    }

    @Test
    void noJobMayRunLongerThanFiveMinutes() {
        assertEquals(ImportJobs.MAX_TIME, ImportJobs.allowed(Duration.ofHours(2)));
        assertEquals(Duration.ofSeconds(30), ImportJobs.allowed(Duration.ofSeconds(30)));
    }

    @Test
    void aJobRowShowsTheStepItsRunWroteAndTheReportKeptAsJson() {
        ImportReport report = new ImportReport(ImportReport.Outcome.INVALID, "claims.csv", "ab12", 3,
                List.of(ImportProblem.at(2, Column.MEASURE, "row.noMeasure", "no-such"),
                        ImportProblem.file("file.tooManyProblems", 100, 7)),
                List.of(new ImportedRow(2, 51, "A claim.")), List.of(4), null, Instant.parse("2026-12-01T10:00:00Z"), "someone");
        Reader owner = Reader.account(5, "contributor", "hrnk", Set.of(Role.CONTRIBUTOR));

        ImportJobView running = ImportJobs.view(row(owner, JobState.RUNNING, "WRITING", null));
        assertEquals(ImportJobView.State.WRITING, running.state());
        assertEquals(50 + 25, running.percent()); // half of the writing done
        assertNull(running.report());

        ImportJobView done = ImportJobs.view(row(owner, JobState.DONE, null, ImportJobs.json(report)));
        assertEquals(ImportJobView.State.DONE, done.state());
        ImportReport read = done.report();
        assertEquals(report.outcome(), read.outcome());
        assertEquals(report.created(), read.created());
        assertEquals(report.alreadyPresent(), read.alreadyPresent());
        assertEquals(report.previousImportAt(), read.previousImportAt());
        for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            assertEquals(report.problems().stream().map(p -> p.message(language)).toList(),
                    read.problems().stream().map(p -> p.message(language)).toList());
        }
        assertFalse(done.retryable());
    }

    private static JobRow row(Reader owner, JobState state, String step, String result) {
        return new JobRow("0123456789abcdef0123456789abcdef", JobKind.CLAIM_IMPORT, owner, null, null, "claims.csv",
                false, ImportJobs.MAX_TIME, 10, "ab12", state, step, 5, 10, 0, 0, result, null, false, "node-a",
                Instant.now(), Instant.now(), Instant.now(), state.finished() ? Instant.now() : null, 1);
    }
}
