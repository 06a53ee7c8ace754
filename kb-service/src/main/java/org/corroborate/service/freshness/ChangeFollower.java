package org.corroborate.service.freshness;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.corroborate.service.audit.KnowledgeBaseChanged;
import org.eclipse.microprofile.config.Config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's follower of the {@link ChangeRecord}: it reads the changes committed after the last one it applied and
 * fires {@link ChangesApplied} for them, in order. Reading the table every {@link #POLL_MILLIS} ms is what makes it
 * correct; a commit on this node, or a nudge from another node of the cluster (a Payara clustered CDI event), makes
 * it read at once. A node started without a cluster (--nocluster) simply polls. At start, before the application
 * takes requests, it reads where the record stands and has {@link Freshness} load the last change of each entry;
 * the search index catches up from its own position ({@link ChangeRecord#after}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeFollower {

    static final long POLL_MILLIS = 500;
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ChangeFollower.class.getName());

    @Inject
    ChangeRecord record;

    @Inject
    Event<ChangesApplied> applied;

    @Inject
    Freshness freshness;

    @Inject
    @Outbound
    Event<ChangeNudge> others;

    @Inject
    Config config;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    SessionContext context;

    /** This bean as the container calls it: work on the executor's threads goes through it (its EJB context). */
    private ChangeFollower self;

    private final ReentrantLock reading = new ReentrantLock();
    /** Set by a commit or a nudge while a read is running: read again when it ends. */
    private final AtomicBoolean again = new AtomicBoolean();
    /** Set by a commit on this node: tell the others after the next read. */
    private final AtomicBoolean committedHere = new AtomicBoolean();
    private volatile long position;
    private volatile boolean nudgesWork = true;
    private volatile boolean failing;
    private String node;
    private ScheduledFuture<?> polling;

    @PostConstruct
    void start() {
        node = config.getOptionalValue("kb.node.name", String.class).orElseGet(ChangeFollower::hostName);
        position = record.lastPosition();
        record.databaseId();
        // the validators are loaded before the node takes requests, not by its first reader
        int entries = freshness.entries();
        LOG.info(() -> "Node " + node + " follows the change record from position " + position + " (" + entries
                + " entries changed since the record began).");
        self = context.getBusinessObject(ChangeFollower.class);
        polling = scheduler.scheduleWithFixedDelay(() -> self.follow(), POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** The position of the last change this node applied. */
    public long position() {
        return position;
    }

    /** This node's name in logs ({@code kb.node.name}, the host name by default). */
    public String node() {
        return node;
    }

    /**
     * Reads and applies every change committed after the last one applied; returns at once when another thread is
     * reading (that one reads again when it ends). The poll and the nudges call it.
     */
    public void follow() {
        again.set(true);
        while (again.getAndSet(false)) {
            if (!reading.tryLock()) {
                again.set(true); // the reader now will see it and loop
                return;
            }
            try {
                readAll();
                failing = false;
            } catch (RuntimeException e) {
                if (!failing) { // once, not every 500 ms while the database is away
                    LOG.log(Level.WARNING, "Could not read the change record; trying again at each poll", e);
                }
                failing = true;
                return;
            } finally {
                reading.unlock();
            }
        }
    }

    /**
     * Applies every change committed so far, waiting for a read under way to end: when it returns, whatever committed
     * before the call has been applied on this node. For tests and for work that must see its own changes.
     *
     * @return the position of the last change applied
     */
    public long catchUp() {
        reading.lock();
        try {
            readAll();
            return position;
        } finally {
            reading.unlock();
        }
    }

    private void readAll() {
        List<RecordedChange> batch;
        do {
            batch = record.after(position, BATCH);
            if (!batch.isEmpty()) {
                applied.fire(new ChangesApplied(batch));
                position = batch.get(batch.size() - 1).position();
            }
        } while (batch.size() == BATCH);
        if (committedHere.getAndSet(false)) {
            tellOthers();
        }
    }

    private void tellOthers() {
        if (!nudgesWork) {
            return;
        }
        try {
            others.fire(new ChangeNudge(node));
        } catch (RuntimeException e) {
            // a node started without a cluster: polling alone keeps it (and the others) correct
            nudgesWork = false;
            LOG.log(Level.INFO, "No cluster to nudge; the other nodes read the change record by polling", e);
        }
    }

    /** A change committed on this node: read it now, then tell the others. */
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeBaseChanged change) {
        committedHere.set(true);
        nudge();
    }

    /** Another node committed changes. */
    public void nudged(@Observes @Inbound ChangeNudge nudge) {
        nudge();
    }

    private void nudge() {
        if (reading.isLocked()) {
            again.set(true);
            return;
        }
        try {
            scheduler.execute(() -> self.follow());
        } catch (RuntimeException e) {
            again.set(true); // shutting down, or no thread free: the next poll reads it
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
