package org.corroborate.service.shared;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The background jobs of one kind on this server (PDFs being read, claim files being imported), by a random id that
 * cannot be guessed. An account may have at most {@link Limits#perAccount()} jobs waiting or running at once, the
 * server at most {@link Limits#perServer()}, so that queued files cannot fill the memory; beyond that
 * {@link #open} refuses with a {@link TooBusyException}. Finished jobs are forgotten after
 * {@link Limits#keepFinished()}. It lives in memory: a restart forgets every job (what a job wrote is in the
 * database). Not transactional.
 *
 * @param <J> the kind of job
 */
public final class JobRegistry<J extends JobRegistry.Job> {

    /** What the registry needs to know of a job. */
    public interface Job {

        /** The id {@link JobRegistry#open} gave it. */
        String id();

        /** The account that started it. */
        long ownerAccountId();

        /** When it finished (done or failed); null while it waits or runs. */
        Instant finishedAt();

        default boolean finished() {
            return finishedAt() != null;
        }
    }

    /**
     * @param perAccount        unfinished jobs one account may have
     * @param perServer         unfinished jobs this server may have
     * @param keepFinished      how long a finished job stays to be read
     * @param retryAfterSeconds what a refused caller is asked to wait
     * @param accountFull       the refusal when the account has {@code perAccount} unfinished jobs
     * @param serverFull        the refusal when the server has {@code perServer}
     */
    public record Limits(int perAccount, int perServer, Duration keepFinished, int retryAfterSeconds,
                         Message accountFull, Message serverFull) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, J> jobs = new ConcurrentHashMap<>();
    private final Limits limits;

    public JobRegistry(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * A new job of this account, made by {@code create} from its new id.
     *
     * @throws TooBusyException when the account or the server already has as many unfinished jobs as it may
     */
    public synchronized J open(long ownerAccountId, Function<String, J> create) {
        forgetOld();
        long unfinished = jobs.values().stream().filter(j -> !j.finished()).count();
        long mine = jobs.values().stream().filter(j -> !j.finished() && j.ownerAccountId() == ownerAccountId).count();
        if (mine >= limits.perAccount()) {
            throw new TooBusyException(limits.accountFull(), limits.retryAfterSeconds());
        }
        if (unfinished >= limits.perServer()) {
            throw new TooBusyException(limits.serverFull(), limits.retryAfterSeconds());
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        J job = create.apply(HexFormat.of().formatHex(id));
        jobs.put(job.id(), job);
        return job;
    }

    /** The job, whoever asks: for the job's own thread. Callers answering a person check who may see it. */
    public Optional<J> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    /** Every job still known. */
    public Stream<J> all() {
        return jobs.values().stream();
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(limits.keepFinished());
        jobs.values().removeIf(j -> j.finished() && j.finishedAt().isBefore(limit));
    }
}
