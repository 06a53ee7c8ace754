package org.corroborate.service.source.text;

import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.TooBusyException;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfJobsTest {

    private static final byte[] FILE = "%PDF-1.7 a file".getBytes();

    private static Reader contributor(long account, String organization) {
        return Reader.account(account, "contributor-" + account, organization, Set.of(Role.CONTRIBUTOR));
    }

    @Test
    void anAccountQueuesAtMostThreePdfsAndMayQueueAgainOnceOneIsFinished() {
        PdfJobs jobs = new PdfJobs();
        Reader hrnk = contributor(1, "hrnk");
        PdfJob first = jobs.open(hrnk, 7, "hrnk", "a.pdf", FILE);
        jobs.open(hrnk, 7, "hrnk", "b.pdf", FILE);
        jobs.open(hrnk, 8, "hrnk", "c.pdf", FILE);

        TooBusyException full = assertThrows(TooBusyException.class, () -> jobs.open(hrnk, 7, "hrnk", "d.pdf", FILE));
        assertTrue(full.getMessage(Locale.ENGLISH).contains("You already have 3 PDFs waiting"), full.getMessage());
        assertNotEquals(full.getMessage(Locale.ENGLISH), full.getMessage(Locale.KOREAN));
        jobs.open(contributor(2, "hrnk"), 7, "hrnk", "e.pdf", FILE);

        first.fail(Message.of(SourceTexts.class, "pdf.failed"));
        jobs.open(hrnk, 7, "hrnk", "d.pdf", FILE);
    }

    @Test
    void theServerQueuesAtMostTwentyPdfs() {
        PdfJobs jobs = new PdfJobs();
        for (int account = 1; account <= PdfJobs.MAX_UNFINISHED; account++) {
            jobs.open(contributor(account, "hrnk"), 7, "hrnk", "a.pdf", FILE);
        }
        TooBusyException full = assertThrows(TooBusyException.class,
                () -> jobs.open(contributor(99, "nauh"), 9, "nauh", "a.pdf", FILE));
        assertTrue(full.getMessage(Locale.ENGLISH).contains("Too many PDFs"), full.getMessage());
    }

    @Test
    void aJobIsSeenByTheHoldingOrganizationOnlyAndUnderItsOwnSource() {
        PdfJobs jobs = new PdfJobs();
        PdfJob job = jobs.open(contributor(1, "hrnk"), 7, "hrnk", "a.pdf", FILE);

        assertEquals("a.pdf", jobs.find(Reader.memberOf("hrnk"), 7, job.id()).orElseThrow().fileName());
        assertEquals(PdfJobView.State.QUEUED, jobs.latest(contributor(5, "hrnk"), 7).orElseThrow().state());
        assertTrue(jobs.find(contributor(2, "nauh"), 7, job.id()).isEmpty());
        assertTrue(jobs.find(Reader.ANONYMOUS, 7, job.id()).isEmpty());
        assertTrue(jobs.find(Reader.memberOf("hrnk"), 8, job.id()).isEmpty());
        assertTrue(jobs.find(Reader.memberOf("hrnk"), 7, null).isEmpty());
        assertTrue(jobs.latest(contributor(2, "nauh"), 7).isEmpty());
    }

    @Test
    void aJobShowsItsProgressAndLetsGoOfTheFileOnceFinished() {
        PdfJobs jobs = new PdfJobs();
        PdfJob job = jobs.open(contributor(1, "hrnk"), 7, "hrnk", "a.pdf", FILE);
        job.running();
        job.progress(3, 12);
        PdfJobView running = job.view();
        assertEquals(PdfJobView.State.RUNNING, running.state());
        assertEquals(25, running.percent());

        job.fail(Message.of(SourceTexts.class, "pdf.tooManyPages", 20_000, 2_000));
        assertEquals(PdfJobView.State.FAILED, job.view().state());
        assertEquals(100, job.view().percent());
        assertTrue(job.view().failure(Locale.ENGLISH).contains("20,000 pages; the limit is 2,000"));
        assertNull(job.bytes(), "the file is let go");
    }
}
