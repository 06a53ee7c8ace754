package org.corroborate.service.freshness;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each entry readers see last changed, as the change record says: the same answer on every node. An entry is
 * named by tags: {@code measure:<id or slug>}, {@code claim:<id>}, {@code source:<id>}; {@link #LISTINGS} stands for
 * every page that lists or searches many entries (home, topics, exports, feed), and {@link #EVERYTHING} is part of
 * every entry's tags.
 *
 * <p>Held in memory on each node: loaded from the last change of each entry ({@code entry_change}) when first used,
 * then moved by each batch the node's {@link ChangeFollower} applies. Validators of public answers (web.freshness)
 * are computed from it without rendering anything.
 */
@ApplicationScoped
public class Freshness {

    public static final String LISTINGS = "listings";
    public static final String EVERYTHING = "everything";

    /** Where an entry stands: the position of its last change in the record and when it was made (whole seconds). */
    public record Version(long position, Instant lastModified) {
        static final Version NEVER = new Version(0, null);

        Version newer(Version other) {
            return other.position > position ? other : this;
        }

        /** When it last changed, if it ever did since the record began. */
        public Optional<Instant> modified() {
            return Optional.ofNullable(lastModified);
        }
    }

    private final ConcurrentHashMap<String, Version> marks = new ConcurrentHashMap<>();
    private Clock time = Clock.systemUTC();

    @Inject
    ChangeRecord record;

    public static String measure(String idOrSlug) {
        return "measure:" + idOrSlug;
    }

    public static String claim(long id) {
        return "claim:" + id;
    }

    public static String source(long id) {
        return "source:" + id;
    }

    @PostConstruct
    void load() {
        if (record != null) {
            record.entryChanges().forEach(e -> mark(e.tag(), e.position(), e.changedAt()));
        }
    }

    /** How many entries have a recorded change (loading them first, when this is the first use). */
    public int entries() {
        return marks.size();
    }

    /** The newest change among the tags: what the validators of an answer showing these entries come from. */
    public Version version(Collection<String> tags) {
        Version newest = Version.NEVER;
        for (String tag : tags) {
            Version mark = marks.get(tag);
            if (mark != null) {
                newest = newest.newer(mark);
            }
        }
        return newest;
    }

    /**
     * Whether a Last-Modified date can be trusted to compare with: only once its second has passed, since another
     * change in the same second would carry the same date.
     */
    public boolean settled(Instant lastModified) {
        return !time.instant().isBefore(lastModified.plusSeconds(1));
    }

    /** Moves the entries each change reaches (the node's follower fires this for every batch it applies). */
    void applied(@Observes ChangesApplied batch) {
        apply(batch.changes());
    }

    void apply(List<RecordedChange> changes) {
        for (RecordedChange change : changes) {
            for (String tag : change.reach()) {
                mark(tag, change.position(), change.committedAt());
            }
        }
    }

    private void mark(String tag, long position, Instant at) {
        // a batch and the load at start may carry the same change twice: the newest position wins, once
        marks.merge(tag, new Version(position, at.truncatedTo(ChronoUnit.SECONDS)), Version::newer);
    }

    /** For tests: a clock to read the time from. */
    void useClock(Clock clock) {
        this.time = clock;
    }
}
