package org.corroborate.service.job;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corroborate.service.access.Channel;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.shared.Message;
import org.corroborate.service.shared.TooBusyException;
import org.corroborate.service.shared.SqlValues;

import java.security.SecureRandom;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rows of {@code background_job}. Every change of a job's state or progress is its own committed transaction
 * (so that any node sees it at once), except {@link #finish}, which joins the transaction that writes the job's work:
 * the work and the job's DONE commit together or not at all. Every change names the node that holds the job and its
 * state, so a node that lost a job (taken over while it was thought dead) changes nothing of it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRows {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String COLUMNS = "id, kind, owner_account_id, owner_name, owner_org, owner_roles,"
            + " owner_channel, holder, subject_id, file_name, dry_run, budget_seconds, input_size, input_sha256, state,"
            + " step, progress_done, progress_total, ocr_done, ocr_total, result, failure, retryable, node, heartbeat,"
            + " created_at, started_at, finished_at, attempts";

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    /**
     * Queues a new job on this node, committed before this returns.
     *
     * @throws TooBusyException when the account or the cluster already has as many unfinished jobs of the kind as
     *                          the limits allow
     */
    public JobRow open(NewJob job, JobLimits limits, String node) {
        long account = job.owner().accountId().orElseThrow();
        long mine = count("SELECT COUNT(*) FROM background_job WHERE kind = ?1 AND state IN ('QUEUED', 'RUNNING')"
                + " AND owner_account_id = ?2", job.kind().name(), account);
        if (mine >= limits.perAccount()) {
            throw new TooBusyException(limits.accountFull(), limits.retryAfterSeconds());
        }
        long all = count("SELECT COUNT(*) FROM background_job WHERE kind = ?1 AND state IN ('QUEUED', 'RUNNING')",
                job.kind().name());
        if (all >= limits.perCluster()) {
            throw new TooBusyException(limits.clusterFull(), limits.retryAfterSeconds());
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        Reader owner = job.owner();
        OffsetDateTime now = now();
        // a null bound here reaches PostgreSQL as a character varying: an absent subject is written as NULL instead
        em.createNativeQuery("INSERT INTO background_job (id, kind, owner_account_id, owner_name, owner_org, owner_roles,"
                        + " owner_channel, holder, subject_id, file_name, dry_run, budget_seconds, input, input_size,"
                        + " input_sha256, state, progress_done, progress_total, ocr_done, ocr_total, retryable, node,"
                        + " heartbeat, created_at, attempts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                        + (job.subjectId() == null ? "NULL" : String.valueOf(job.subjectId().longValue()))
                        + ", ?9, ?10, ?11, ?12, ?13, ?14, 'QUEUED', 0, 0, 0, 0, FALSE, ?15, ?16, ?16, 0)")
                .setParameter(1, id).setParameter(2, job.kind().name()).setParameter(3, account)
                .setParameter(4, owner.username()).setParameter(5, owner.organizationSlug().orElse(""))
                .setParameter(6, owner.roles().stream().map(Role::name).sorted().collect(Collectors.joining(" ")))
                .setParameter(7, owner.channel().name()).setParameter(8, job.holder())
                .setParameter(9, job.fileName()).setParameter(10, job.dryRun())
                .setParameter(11, (int) Math.min(Integer.MAX_VALUE, job.budget().toSeconds()))
                .setParameter(12, job.input()).setParameter(13, (long) job.input().length)
                .setParameter(14, org.corroborate.service.shared.Sha256.hex(job.input()))
                .setParameter(15, node).setParameter(16, now)
                .executeUpdate();
        return find(id).orElseThrow();
    }

    /** The job, whoever asks: callers answering a person check who may see it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<JobRow> find(String id) {
        if (id == null || id.isBlank() || id.length() > 32) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM background_job WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> row((Object[]) r));
    }

    /** The jobs of this kind about this subject (a source), the latest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRow> ofSubject(JobKind kind, long subjectId) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM background_job WHERE kind = ?1"
                        + " AND subject_id = ?2 ORDER BY created_at DESC")
                .setParameter(1, kind.name()).setParameter(2, subjectId).setMaxResults(50).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).toList();
    }

    /** The job's input, while it is kept (until the job is DONE, or FAILED and not retryable). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> input(String id) {
        List<?> rows = em.createNativeQuery("SELECT input FROM background_job WHERE id = ?1 AND input IS NOT NULL")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(b -> (byte[]) b);
    }

    /** The job starts running on this node, if it is QUEUED on it: its budget runs from now. */
    public boolean start(String id, String node) {
        return em.createNativeQuery("UPDATE background_job SET state = 'RUNNING', started_at = ?1, heartbeat = ?1,"
                        + " attempts = attempts + 1, progress_done = 0, progress_total = 0, ocr_done = 0, ocr_total = 0,"
                        + " step = NULL WHERE id = ?2 AND node = ?3 AND state = 'QUEUED'")
                .setParameter(1, now()).setParameter(2, id).setParameter(3, node).executeUpdate() == 1;
    }

    /** How far the running job got; nothing when the job is no longer this node's. */
    public boolean progress(String id, String node, String step, int done, int total, int ocrDone, int ocrTotal) {
        return em.createNativeQuery("UPDATE background_job SET step = ?1, progress_done = ?2, progress_total = ?3,"
                        + " ocr_done = ?4, ocr_total = ?5, heartbeat = ?6 WHERE id = ?7 AND node = ?8 AND state = 'RUNNING'")
                .setParameter(1, step).setParameter(2, done).setParameter(3, total).setParameter(4, ocrDone)
                .setParameter(5, ocrTotal).setParameter(6, now()).setParameter(7, id).setParameter(8, node)
                .executeUpdate() == 1;
    }

    /**
     * The job is DONE with this result, in the transaction that wrote its work (which must roll back when this
     * answers false: the job is no longer this node's, another node may be running it again).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean finish(String id, String node, String resultJson, int done, int total) {
        return em.createNativeQuery("UPDATE background_job SET state = 'DONE', result = ?1, input = NULL,"
                        + " progress_done = ?2, progress_total = ?3, ocr_done = ocr_total, finished_at = ?4, heartbeat = ?4,"
                        + " step = NULL WHERE id = ?5 AND node = ?6 AND state = 'RUNNING'")
                .setParameter(1, resultJson).setParameter(2, done).setParameter(3, total).setParameter(4, now())
                .setParameter(5, id).setParameter(6, node).executeUpdate() == 1;
    }

    /**
     * The job FAILED on this node: nothing of it was written. A retryable job keeps its input for its owner to
     * queue it again.
     */
    public boolean fail(String id, String node, Message why, boolean retryable) {
        String sql = "UPDATE background_job SET state = 'FAILED', failure = ?1, retryable = " + (retryable ? "TRUE" : "FALSE")
                + (retryable ? "" : ", input = NULL") + ", finished_at = ?2, heartbeat = ?2, step = NULL"
                + " WHERE id = ?3 AND node = ?4 AND state IN ('QUEUED', 'RUNNING')";
        return em.createNativeQuery(sql).setParameter(1, MessageJson.write(why)).setParameter(2, now())
                .setParameter(3, id).setParameter(4, node).executeUpdate() == 1;
    }

    /** This node still holds the job (queued or running). */
    public boolean beat(String id, String node) {
        return em.createNativeQuery("UPDATE background_job SET heartbeat = ?1 WHERE id = ?2 AND node = ?3"
                        + " AND state IN ('QUEUED', 'RUNNING')")
                .setParameter(1, now()).setParameter(2, id).setParameter(3, node).executeUpdate() == 1;
    }

    /** Unfinished jobs whose node has not beaten since this instant, the oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRow> stale(Instant before, int limit) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM background_job WHERE state IN ('QUEUED', 'RUNNING')"
                        + " AND heartbeat < ?1 ORDER BY heartbeat")
                .setParameter(1, before.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).toList();
    }

    /**
     * Takes over a stale job for this node, if it is still as it was seen (same node, same state, still stale): the
     * conditional update lets one node only win. The job is queued again on this node, or FAILED and retryable.
     */
    public boolean takeOver(JobRow stale, Instant staleBefore, String node, boolean requeue, Message failure) {
        String set = requeue
                ? "state = 'QUEUED', step = NULL, progress_done = 0, ocr_done = 0"
                : "state = 'FAILED', failure = ?7, retryable = TRUE, finished_at = ?1, step = NULL";
        var query = em.createNativeQuery("UPDATE background_job SET node = ?2, heartbeat = ?1, " + set
                        + " WHERE id = ?3 AND node = ?4 AND heartbeat < ?5 AND state = ?6")
                .setParameter(1, now()).setParameter(2, node).setParameter(3, stale.id()).setParameter(4, stale.node())
                .setParameter(5, staleBefore.atOffset(ZoneOffset.UTC)).setParameter(6, stale.state().name());
        if (!requeue) {
            query.setParameter(7, MessageJson.write(failure));
        }
        return query.executeUpdate() == 1;
    }

    /** Queues a FAILED retryable job of this account again, on this node, its attempts counted anew. */
    public boolean retry(String id, long ownerAccountId, String node) {
        return em.createNativeQuery("UPDATE background_job SET state = 'QUEUED', failure = NULL, retryable = FALSE,"
                        + " result = NULL, node = ?1, heartbeat = ?2, attempts = 0, progress_done = 0, progress_total = 0,"
                        + " ocr_done = 0, ocr_total = 0, step = NULL, started_at = NULL, finished_at = NULL"
                        + " WHERE id = ?3 AND owner_account_id = ?4 AND state = 'FAILED' AND retryable = TRUE"
                        + " AND input IS NOT NULL")
                .setParameter(1, node).setParameter(2, now()).setParameter(3, id).setParameter(4, ownerAccountId)
                .executeUpdate() == 1;
    }

    /** Forgets the jobs finished before this instant. */
    public int pruneFinishedBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM background_job WHERE state IN ('DONE', 'FAILED') AND finished_at < ?1")
                .setParameter(1, before.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    private long count(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static OffsetDateTime now() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }

    private static JobRow row(Object[] r) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(text(r[5]).split(" ")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        Reader owner = Reader.account(number(r[2]).longValue(), text(r[3]), text(r[4]), roles)
                .via(Channel.valueOf(text(r[6])));
        return new JobRow(text(r[0]), JobKind.valueOf(text(r[1])), owner, text(r[7]),
                r[8] == null ? null : number(r[8]).longValue(), text(r[9]), Boolean.TRUE.equals(r[10]),
                Duration.ofSeconds(number(r[11]).longValue()), number(r[12]).longValue(), text(r[13]),
                JobState.valueOf(text(r[14])), text(r[15]), number(r[16]).intValue(), number(r[17]).intValue(),
                number(r[18]).intValue(), number(r[19]).intValue(), text(r[20]), MessageJson.read(text(r[21])),
                Boolean.TRUE.equals(r[22]), text(r[23]), instant(r[24]), instant(r[25]), instant(r[26]),
                instant(r[27]), number(r[28]).intValue());
    }

    private static Number number(Object o) {
        return (Number) o;
    }

    private static String text(Object o) {
        if (o instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return o == null ? null : o.toString();
    }

    /** A timestamp as the driver gives it ({@link SqlValues#instant}). */
    private static Instant instant(Object o) {
        return SqlValues.instant(o);
    }
}
