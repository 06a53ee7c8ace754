package org.corroborate.service.claim.imports;

import jakarta.enterprise.context.ApplicationScoped;
import org.corroborate.service.access.Reader;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imports started in the background on this server, by a random id, so that a page can follow one after its
 * user left and came back. Only the account that started a job sees it. Finished jobs are forgotten after a day;
 * the registry lives in memory, so a restart forgets them all (the imports themselves are in the database).
 */
@ApplicationScoped
public class ImportJobs {

    static final Duration KEEP_FINISHED = Duration.ofDays(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    /** A new job for this signed-in reader. */
    public ImportJob open(Reader owner, String fileName) {
        forgetOld();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        ImportJob job = new ImportJob(HexFormat.of().formatHex(bytes), owner.accountId().orElseThrow(), fileName);
        jobs.put(job.id(), job);
        return job;
    }

    /** The job, for the import's own thread. */
    public Optional<ImportJob> job(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    /** The job as it stands, when this reader started it; empty for anyone else, as for an unknown id. */
    public Optional<ImportJobView> find(Reader reader, String id) {
        return job(id)
                .filter(j -> reader.accountId().map(a -> a == j.ownerAccountId()).orElse(false))
                .map(ImportJob::view);
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP_FINISHED);
        jobs.values().removeIf(j -> j.finishedAt() != null && j.finishedAt().isBefore(limit));
    }
}
