package org.corroborate.service.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.corroborate.service.freshness.RecordedChange;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's Lucene index, on its own disk, and how far it follows the change record. Each commit of the index
 * records the shape of its documents ({@link #SCHEMA}), the database it was built from and the last recorded change
 * it holds; at start the index catches up from that change, and is rebuilt (in the background, searches answering
 * from what it holds) only when it is missing, of another shape or database, or further behind than the record
 * keeps.
 *
 * <p>Every write (a change applied, a batch of a rebuild) reads the database and writes the index under one lock,
 * so the index ends with the entry as it was read last: a rebuild reading an entry before a change cannot overwrite
 * the change applied after it. A plain class, so that tests drive it with a real Lucene directory.
 */
final class NodeIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(NodeIndex.class.getName());

    /** The shape of the documents ({@link #document}): bump it when they change, and each node rebuilds once. */
    static final int SCHEMA = 1;

    static final String SCHEMA_KEY = "schema";
    static final String DATABASE_KEY = "database";
    /** The last recorded change the index holds; absent while a rebuild is unfinished. */
    static final String POSITION_KEY = "position";
    static final String BUILT_KEY = "built";
    static final String GENERATION_KEY = "generation";

    static final int BATCH = 500;

    /** Changes without an entity id of these kinds touch too many entries to follow one by one: a rebuild. */
    private static final Set<String> MANY = Set.of("claim", "source", "measure", "claim-import");

    /** The change record, as the index reads it (the database's, in the application). */
    interface Record {
        String databaseId();

        long lastPosition();

        OptionalLong oldestPosition();

        List<RecordedChange> after(long position, int limit);
    }

    /** What the public may see, as search documents (read from the database, in the application). */
    interface Entries {
        long count();

        List<SearchDocument> claimsAfter(long id, int batch);

        List<SearchDocument> measuresAfter(long id, int batch);

        List<SearchDocument> sourcesAfter(long id, int batch);

        List<SearchDocument> affectedBy(String entityType, long id);
    }

    /** Why the index is rebuilt rather than caught up. */
    enum Rebuild {
        /** there was no index in the directory (or one this Lucene cannot read) */
        MISSING,
        /** the index holds documents of another shape */
        SCHEMA,
        /** the index was built from another database */
        DATABASE,
        /** a rebuild was under way when the node stopped */
        UNFINISHED,
        /** the record no longer keeps every change after the index's position */
        PRUNED,
        /** the index holds changes the database does not (restored from an older backup) */
        AHEAD,
        /** a platform admin asked for it */
        ASKED,
        /** a change touched too many entries to follow one by one (an import) */
        MANY_CHANGED
    }

    /**
     * How a start went: caught up from {@code from} to {@code to} ({@code rebuild} null), or a rebuild started for
     * {@code rebuild}.
     */
    record Start(Rebuild rebuild, long from, long to) {
    }

    private final Path path;
    private final Record record;
    private final Entries entries;
    private final Executor executor;
    private final Runnable synonymsChanged;
    private final FacetsConfig facets = new FacetsConfig();
    private final ReentrantLock writing = new ReentrantLock();

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private String database;

    // written under the lock; volatile for status()
    private volatile long applied;
    private volatile boolean complete;
    private volatile Instant built;
    private long generation;

    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong expected = new AtomicLong();
    private volatile boolean closed;

    /**
     * @param synonymsChanged called after a change to the synonym list is applied
     * @param executor        runs rebuilds
     */
    NodeIndex(Path path, Record record, Entries entries, Executor executor, Runnable synonymsChanged) {
        this.path = path;
        this.record = record;
        this.entries = entries;
        this.executor = executor;
        this.synonymsChanged = synonymsChanged;
        facets.setMultiValued("topic", true);
        facets.setMultiValued("organization", true);
    }

    /**
     * Opens the index in its directory (creating both if needed) and brings it up to the record: the recorded
     * changes after its position are applied before this returns; a rebuild, when one is needed, runs on the
     * executor.
     *
     * @throws IOException when the directory cannot be opened, or another process holds it
     */
    Start start() throws IOException {
        Files.createDirectories(path);
        directory = new MMapDirectory(path);
        boolean exists = DirectoryReader.indexExists(directory);
        try {
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("The search index in " + path + " is in use by another process: each node needs a"
                    + " data directory of its own (kb.data.dir, KB_DATA_DIR)", e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            LOG.log(Level.WARNING, "The search index in " + path + " cannot be read; it is built again", e);
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            exists = false;
        }
        Map<String, String> data = new HashMap<>();
        if (exists && writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        database = record.databaseId();
        generation = number(data.get(GENERATION_KEY)).orElse(0);
        Rebuild reason = reasonToRebuild(exists, data);
        built = reason == Rebuild.DATABASE ? null : instant(data.get(BUILT_KEY));
        if (reason == Rebuild.DATABASE) {
            // another database's entries must not be found while this one's are read
            writer.deleteAll();
        }
        searchers = new SearcherManager(writer, null);
        if (reason == null) {
            applied = number(data.get(POSITION_KEY)).getAsLong();
            complete = true;
            long from = applied;
            catchUp();
            return new Start(null, from, applied);
        }
        writing.lock();
        try {
            // the rebuild reads every change up to here; the follower applies the later ones
            applied = record.lastPosition();
            complete = false;
            commit();
        } finally {
            writing.unlock();
        }
        rebuild(reason);
        return new Start(reason, applied, applied);
    }

    private Rebuild reasonToRebuild(boolean exists, Map<String, String> data) {
        if (!exists) {
            return Rebuild.MISSING;
        }
        if (!Integer.toString(SCHEMA).equals(data.get(SCHEMA_KEY))) {
            return Rebuild.SCHEMA;
        }
        if (!database.equals(data.get(DATABASE_KEY))) {
            return Rebuild.DATABASE;
        }
        OptionalLong position = number(data.get(POSITION_KEY));
        if (position.isEmpty()) {
            return Rebuild.UNFINISHED;
        }
        long last = record.lastPosition();
        if (position.getAsLong() > last) {
            return Rebuild.AHEAD;
        }
        if (position.getAsLong() < last) {
            OptionalLong oldest = record.oldestPosition();
            if (oldest.isEmpty() || oldest.getAsLong() > position.getAsLong() + 1) {
                return Rebuild.PRUNED;
            }
        }
        return null;
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(SearchAnalysis.analyzer()).setOpenMode(mode);
    }

    /**
     * Applies the committed changes after the index's position, in order, reading them from the record. Used at
     * start, after each commit on this node (so a change is found as soon as its request returns), and when
     * {@link #follow} meets a gap.
     *
     * @return how many changes were applied
     */
    int catchUp() {
        writing.lock();
        try {
            int applied = 0;
            while (!closed) {
                List<RecordedChange> batch = record.after(this.applied, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                if (batch.get(0).position() != this.applied + 1) {
                    LOG.warning(() -> "The change record no longer holds the changes after " + this.applied
                            + "; the search index is rebuilt");
                    rebuild(Rebuild.PRUNED);
                    break;
                }
                apply(batch);
                applied += batch.size();
                if (batch.size() < BATCH) {
                    break;
                }
            }
            return applied;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index could not follow the change record; it stays at position "
                    + applied + " and applies the changes after it again later", e);
            return 0;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Applies a batch of committed changes the node's follower delivers, in position order; those the index holds
     * already are skipped, and a gap before them is filled from the record first.
     */
    void follow(List<RecordedChange> changes) {
        writing.lock();
        try {
            List<RecordedChange> fresh = changes.stream().filter(c -> c.position() > applied).toList();
            if (fresh.isEmpty()) {
                return;
            }
            if (fresh.get(0).position() != applied + 1) {
                catchUp();
                return;
            }
            apply(fresh);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index could not follow the change record; it stays at position "
                    + applied + " and applies the changes after it again later", e);
        } finally {
            writing.unlock();
        }
    }

    /** Puts back the entries the changes touched, each once, then commits with the last change's position. */
    private void apply(List<RecordedChange> changes) throws IOException {
        boolean synonyms = false;
        boolean many = false;
        Set<Map.Entry<String, Long>> touched = new LinkedHashSet<>();
        for (RecordedChange c : changes) {
            if (SearchSynonyms.ENTITY.equals(c.entityType())) {
                synonyms = true;
            } else if (c.entityId() == null) {
                many |= MANY.contains(c.entityType());
            } else {
                touched.add(Map.entry(c.entityType(), c.entityId()));
            }
        }
        // the database holds each entry as it is now: one read per entry, however often it changed
        for (Map.Entry<String, Long> t : touched) {
            for (SearchDocument d : entries.affectedBy(t.getKey(), t.getValue())) {
                put(d);
            }
        }
        long last = changes.get(changes.size() - 1).position();
        // the position moves only once the index holding its changes is on disk
        commit(last);
        applied = last;
        searchers.maybeRefreshBlocking();
        if (synonyms) {
            synonymsChanged.run();
        }
        if (many) {
            rebuild(Rebuild.MANY_CHANGED);
        }
    }

    /**
     * Rebuilds the index from the database on the executor, replacing entries in place (readers keep finding the
     * old ones until the new ones are in). A rebuild asked for while one runs is ignored if an admin asked, and
     * runs after it if a change did (the running one may have read the entries the change touched already).
     *
     * @return false when a rebuild was already running
     */
    boolean rebuild(Rebuild reason) {
        if (!rebuilding.compareAndSet(false, true)) {
            if (reason != Rebuild.ASKED) {
                again.set(true);
            }
            return false;
        }
        done.set(0);
        expected.set(0);
        try {
            executor.execute(() -> rebuildNow(reason));
        } catch (RuntimeException e) {
            rebuilding.set(false);
            throw e;
        }
        return true;
    }

    private void rebuildNow(Rebuild reason) {
        long started = System.nanoTime();
        try {
            long thisGeneration;
            writing.lock();
            try {
                if (closed) {
                    return;
                }
                thisGeneration = ++generation;
                // every change up to here is in what the batches read; the follower applies the later ones
                applied = Math.max(applied, record.lastPosition());
                complete = false;
                commit();
            } finally {
                writing.unlock();
            }
            expected.set(entries.count());
            if (!feed(entries::claimsAfter) || !feed(entries::measuresAfter) || !feed(entries::sourcesAfter)) {
                return;
            }
            writing.lock();
            try {
                if (closed) {
                    return;
                }
                // entries gone from the database since the last build were not put back: they go
                writer.deleteDocuments(LongPoint.newRangeQuery(GENERATION_KEY, Long.MIN_VALUE, thisGeneration - 1));
                complete = true;
                built = Instant.now();
                commit();
                searchers.maybeRefreshBlocking();
            } finally {
                writing.unlock();
            }
            LOG.info(() -> "Search index built (" + reason + "): " + done.get() + " entries in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms, at change " + applied);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index could not be rebuilt; searches answer from what it holds, and"
                    + " the next start rebuilds it", e);
        } finally {
            rebuilding.set(false);
            if (again.getAndSet(false) && !closed) {
                rebuild(Rebuild.MANY_CHANGED);
            }
        }
    }

    private interface Batches {
        List<SearchDocument> after(long id, int batch);
    }

    /** @return false when the index was closed meanwhile */
    private boolean feed(Batches batches) throws IOException {
        long after = 0;
        while (true) {
            writing.lock();
            try {
                if (closed) {
                    return false;
                }
                List<SearchDocument> batch = batches.after(after, BATCH);
                if (batch.isEmpty()) {
                    return true;
                }
                for (SearchDocument d : batch) {
                    put(d);
                    if (d.title() != null) {
                        done.incrementAndGet();
                    }
                }
                after = batch.get(batch.size() - 1).id();
            } finally {
                writing.unlock();
            }
        }
    }

    private void put(SearchDocument d) throws IOException {
        Term key = new Term("key", d.key());
        if (d.title() == null) {
            writer.deleteDocuments(key);
            return;
        }
        writer.updateDocument(key, facets.build(document(d, generation)));
    }

    /** Commits what was written, with where the index stands. Called under the lock. */
    private void commit() throws IOException {
        commit(applied);
    }

    private void commit(long position) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA_KEY, Integer.toString(SCHEMA));
        data.put(DATABASE_KEY, database);
        data.put(GENERATION_KEY, Long.toString(generation));
        if (built != null) {
            data.put(BUILT_KEY, built.toString());
        }
        if (complete) {
            data.put(POSITION_KEY, Long.toString(position));
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    private static Document document(SearchDocument d, long generation) {
        Document doc = new Document();
        doc.add(new StringField("key", d.key(), Field.Store.YES));
        doc.add(new StringField("type", d.type(), Field.Store.YES));
        doc.add(new StoredField("id", d.id()));
        doc.add(new StoredField("path", d.path()));
        doc.add(new StoredField("language", d.language() == null ? "en" : d.language()));
        doc.add(new LongPoint(GENERATION_KEY, generation));
        String title = d.title();
        String text = d.text() == null ? "" : d.text();
        doc.add(new StoredField("title", d.title()));
        if (d.titleKo() != null) {
            doc.add(new StoredField("titleKo", d.titleKo()));
        }
        for (String lang : SearchAnalysis.LANGUAGES) {
            doc.add(new TextField("title_" + lang, title, Field.Store.NO));
            doc.add(new TextField("text_" + lang, text, Field.Store.YES));
        }
        doc.add(new SortedSetDocValuesFacetField("type", d.type()));
        for (String t : d.topics()) {
            doc.add(new StringField("topic", t, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("topic", t));
        }
        for (String o : d.organizations()) {
            doc.add(new StringField("organization", o, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField("organization", o));
        }
        if (d.year() != null) {
            doc.add(new StringField("year", d.year().toString(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField("year", d.year().toString()));
        }
        if (d.kind() != null) {
            doc.add(new StringField("kind", d.kind(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("kind", d.kind()));
        }
        doc.add(new StringField("status", d.status(), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("status", d.status()));
        return doc;
    }

    SearcherManager searchers() {
        return searchers;
    }

    FacetsConfig facets() {
        return facets;
    }

    Path path() {
        return path;
    }

    /** The position in the change record up to which the index holds every change (committed to disk). */
    long position() {
        return applied;
    }

    /** Entries held, and the progress of a rebuild under way. */
    IndexStatus status() {
        long held;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                held = searcher.count(new MatchAllDocsQuery());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new IndexStatus(held, rebuilding.get(), done.get(), expected.get(), built);
    }

    /** Commits what is written (a rebuild under way stays unfinished: the next start rebuilds) and closes. */
    @Override
    public void close() throws IOException {
        closed = true;
        writing.lock();
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                commit();
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } finally {
            writing.unlock();
        }
    }

    private static OptionalLong number(String value) {
        try {
            return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
