package org.corroborate.service.claim.imports;

import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.TooBusyException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportJobsTest {

    private static final byte[] FILE = "statement,language\nA claim.,en\n".getBytes();

    private final AtomicLong now = new AtomicLong(1_000);
    private final ImportJobs jobs = new ImportJobs(now::get);

    private static Reader contributor(long account) {
        return Reader.account(account, "contributor-" + account, "hrnk", Set.of(Role.CONTRIBUTOR));
    }

    private ImportJob open(Reader owner) {
        return jobs.open(owner, "claims.csv", FILE, false, ImportJobs.MAX_TIME);
    }

    @Test
    void anAccountHasAtMostTwoImportsUnfinishedAndMayStartAnotherOnceOneIsFinished() {
        Reader hrnk = contributor(1);
        ImportJob first = open(hrnk);
        ImportJob second = jobs.open(hrnk, "check.csv", FILE, true, ImportJobs.MAX_TIME);
        second.running();

        TooBusyException busy = assertThrows(TooBusyException.class, () -> open(hrnk));
        assertTrue(busy.getMessage(Locale.ENGLISH).contains("You already have 2 imports waiting or running"), busy.getMessage());
        assertNotEquals(busy.getMessage(Locale.ENGLISH), busy.getMessage(Locale.KOREAN));
        assertTrue(busy.retryAfterSeconds() > 0);
        open(contributor(2));

        first.finish(new ImportReport(ImportReport.Outcome.VALID, "claims.csv", "00", 1, List.of(), List.of(), List.of(),
                null, null, null));
        open(hrnk);
    }

    @Test
    void theServerHasAtMostTenImportsUnfinished() {
        for (int account = 1; account <= ImportJobs.MAX_UNFINISHED; account++) {
            open(contributor(account));
        }
        TooBusyException busy = assertThrows(TooBusyException.class, () -> open(contributor(99)));
        assertTrue(busy.getMessage(Locale.ENGLISH).contains("Too many imports"), busy.getMessage());
    }

    @Test
    void onlyTheAccountThatStartedAJobSeesIt() {
        ImportJob job = open(contributor(1));

        assertEquals("claims.csv", jobs.find(contributor(1), job.id()).orElseThrow().fileName());
        assertTrue(jobs.find(contributor(2), job.id()).isEmpty(), "a colleague of the same organization");
        assertTrue(jobs.find(Reader.memberOf("hrnk"), job.id()).isEmpty());
        assertTrue(jobs.find(Reader.ANONYMOUS, job.id()).isEmpty());
        assertTrue(jobs.find(contributor(1), null).isEmpty());
        assertTrue(jobs.find(contributor(1), "0".repeat(32)).isEmpty());
    }

    @Test
    void aJobWaitsQueuedThenShowsItsProgressAndLetsGoOfTheFileOnceFinished() {
        ImportJob job = open(contributor(1));
        assertEquals(ImportJobView.State.QUEUED, job.view().state());
        assertEquals(0, job.view().percent());

        job.running();
        job.validating(200);
        job.advanced(100);
        assertEquals(ImportJobView.State.VALIDATING, job.view().state());
        assertEquals(25, job.view().percent());
        job.writing();
        job.advanced(100);
        assertEquals(75, job.view().percent());

        job.fail(Message.of(ClaimImports.class, "job.failed", "now"));
        assertEquals(ImportJobView.State.FAILED, job.view().state());
        assertEquals(100, job.view().percent());
        assertNull(job.content(), "the file is let go");
    }

    @Test
    void aDryRunIsAllChecking() {
        ImportJob job = jobs.open(contributor(1), "claims.csv", FILE, true, ImportJobs.MAX_TIME);
        job.running();
        job.validating(200);
        job.advanced(100);
        assertEquals(50, job.view().percent());
        assertTrue(job.view().dryRun());
    }

    @Test
    void theTimeBudgetRunsFromTheStartNotFromTheQueueAndStopsTheImportWhileItWrites() {
        ImportJob job = open(contributor(1));
        now.addAndGet(Duration.ofHours(1).toNanos()); // an hour in the queue costs nothing
        job.checkpoint();

        job.running();
        job.validating(10);
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        job.checkpoint();
        job.writing();
        now.addAndGet(Duration.ofMinutes(1).plusSeconds(1).toNanos());
        InvalidInputException over = assertThrows(InvalidInputException.class, job::checkpoint);
        assertEquals("job.overTime", over.reason().orElseThrow().key());
        assertTrue(over.getMessage(Locale.ENGLISH).contains("stopped at its time limit of 5 minutes; nothing was written"), over.getMessage());
        assertTrue(over.getMessage(Locale.KOREAN).contains("시간 한도(5분)"), over.getMessage(Locale.KOREAN));
    }

    @Test
    void noJobMayRunLongerThanFiveMinutes() {
        ImportJob job = jobs.open(contributor(1), "claims.csv", FILE, false, Duration.ofHours(2));
        job.running();
        now.addAndGet(ImportJobs.MAX_TIME.plusSeconds(1).toNanos());
        assertThrows(InvalidInputException.class, job::checkpoint);
    }
}
