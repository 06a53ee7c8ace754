package org.corroborate.service.freshness;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.corroborate.service.audit.KnowledgeBaseChanged;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each entry readers see last changed. An entry is named by tags: {@code measure:<id or slug>},
 * {@code claim:<id>}, {@code source:<id>}; {@link #LISTINGS} stands for every page that lists or searches many
 * entries (home, topics, exports, feed), and {@link #EVERYTHING} is part of every entry's tags. Each committed
 * change ({@link KnowledgeBaseChanged}, observed after the commit) moves the tags it reaches ({@link ChangeReach})
 * to a new point of a logical clock and records the time.
 *
 * <p>A page rendered at clock value {@code t} is still current while none of its tags has moved past {@code t}.
 * The record is kept in memory, as the cache of rendered pages is: after a restart every entry counts as changed at
 * start-up. With several servers, each would need the others' changes (not built: one server today).
 */
@ApplicationScoped
public class Freshness {

    public static final String LISTINGS = "listings";
    public static final String EVERYTHING = "everything";

    private static final Logger LOG = Logger.getLogger(Freshness.class.getName());

    private record Mark(long tick, Instant at) {
    }

    private final AtomicLong clock = new AtomicLong();
    private final ConcurrentHashMap<String, Mark> marks = new ConcurrentHashMap<>();
    private Clock time = Clock.systemUTC();
    private volatile Instant started;

    @Inject
    ChangeReach reach;

    @Inject
    Event<EntriesChanged> entriesChanged;

    public static String measure(String idOrSlug) {
        return "measure:" + idOrSlug;
    }

    public static String claim(long id) {
        return "claim:" + id;
    }

    public static String source(long id) {
        return "source:" + id;
    }

    /** The logical clock now: read it before rendering, to ask {@link #unchangedSince} afterwards. */
    public long now() {
        return clock.get();
    }

    /** Whether none of the tags has changed since the clock read {@code tick}. */
    public boolean unchangedSince(Collection<String> tags, long tick) {
        for (String tag : tags) {
            Mark mark = marks.get(tag);
            if (mark != null && mark.tick() > tick) {
                return false;
            }
        }
        return true;
    }

    /**
     * When the entry named by the tags last changed, in whole seconds (as HTTP dates are); start-up at the earliest.
     * See {@link #settled} before sending it.
     */
    public Instant lastModified(Collection<String> tags) {
        Instant last = started;
        for (String tag : tags) {
            Mark mark = marks.get(tag);
            if (mark != null && mark.at().isAfter(last)) {
                last = mark.at();
            }
        }
        return last;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeBaseChanged change) {
        Set<String> reached;
        try {
            reached = reach(change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not work out what " + change + " reaches; counting everything as changed", e);
            reached = Set.of(EVERYTHING);
        }
        if (!reached.isEmpty()) {
            mark(reached);
            entriesChanged.fire(new EntriesChanged(reached));
        }
    }

    private Set<String> reach(KnowledgeBaseChanged change) {
        if (!change.seenByPublic()) {
            return Set.of(); // members bypass the kept pages and validators: only the public's are recorded here
        }
        Long id = change.entityId();
        return switch (change.entityType()) {
            case "claim" -> id == null ? Set.of(EVERYTHING) : withListingsUnlessNone(reach.ofClaim(id));
            case "measure" -> id == null ? Set.of(EVERYTHING) : withListings(reach.ofMeasure(id));
            case "source" -> {
                Set<String> tags = id == null ? null : reach.ofSource(id);
                yield tags == null ? Set.of(EVERYTHING) : withListings(tags);
            }
            // accounts, invitations and API tokens are not shown to readers
            case "account", "apiToken", "invitation" -> Set.of();
            // organizations' names are on every page; imports touch many entries
            default -> Set.of(EVERYTHING);
        };
    }

    /** Nothing when the change reaches no public entry (a claim the public cannot see): not even the listings. */
    private static Set<String> withListingsUnlessNone(Set<String> tags) {
        return tags.isEmpty() ? tags : withListings(tags);
    }

    private static Set<String> withListings(Set<String> tags) {
        tags.add(LISTINGS);
        return tags;
    }

    /** Moves the tags to a new tick, recording the time in whole seconds. */
    void mark(Collection<String> tags) {
        Mark mark = new Mark(clock.incrementAndGet(), time.instant().truncatedTo(ChronoUnit.SECONDS));
        for (String tag : tags) {
            marks.merge(tag, mark, (old, now) -> now.tick() > old.tick() ? now : old);
        }
    }

    /**
     * Whether a Last-Modified date can be trusted to compare with: only once its second has passed, since another
     * change in the same second would carry the same date.
     */
    public boolean settled(Instant lastModified) {
        return !time.instant().isBefore(lastModified.plusSeconds(1));
    }

    @PostConstruct
    void start() {
        started = time.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** For tests: a clock to read the time from. */
    void useClock(Clock clock) {
        this.time = clock;
        start();
    }
}
